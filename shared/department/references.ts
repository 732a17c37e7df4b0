import { Directive, Field, ID, ObjectType, type ClassType } from 'type-graphql';

// Entities that civil affairs owns, as another department's subgraph sees them: only the key,
// to which the department adds its own fields. Each subgraph makes its own classes, so that no
// two schemas built in one process share field resolvers.

/** A keyed reference `{ id }` to an entity owned elsewhere, e.g. `Person`. */
export function idReference(typeName: string, description: string): ClassType<{ id: string }> {
  @ObjectType(typeName, { description })
  @Directive('@key(fields: "id")')
  class Reference {
    @Field(() => ID, { description: 'Hub identifier (UUID)' })
    id!: string;
  }
  return Reference;
}

/** A keyed reference `{ code }` to a region. */
export function regionReference(description: string): ClassType<{ code: string }> {
  @ObjectType('Region', { description })
  @Directive('@key(fields: "code")')
  class Reference {
    @Field(() => ID, { description: 'Division code (行政区划代码)' })
    code!: string;
  }
  return Reference;
}

/**
 * The four civil-affairs entities a department adds to, as new classes for one subgraph:
 * `const { PersonRef, StationRef, ServiceProjectRef, RegionRef } = civilAffairsReferences()`.
 */
export function civilAffairsReferences() {
  return {
    PersonRef: idReference(
      'Person',
      'Person served (服务对象), one per real person across departments',
    ),
    StationRef: idReference('Station', 'Social work station (社工站) at one of the four levels'),
    ServiceProjectRef: idReference(
      'ServiceProject',
      'Purchased-service project (政府购买社会工作服务项目) in the integrated catalogue',
    ),
    RegionRef: regionReference('Administrative division (行政区划), from province down to village'),
  };
}
