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
