import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CORRECTORS, SUPERVISORS } from '../../../shared/department/access.js';
import { DEPARTMENT_CODES } from '../../../shared/departments.js';
import { Department } from '../../../shared/enums.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, subtreeInScope } from '../../../shared/scope.js';
import { PersonMerge } from '../entities/index.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import {
  MergePeopleInput,
  PersonMergeConnection,
  PersonMergeView,
  toPersonMergeView,
  UnmergePeopleInput,
} from '../graphql/person-merge.js';
import type { CivilAffairsContext } from '../loaders.js';
import { mergePeople, unmergePeople } from '../register/merges.js';

/**
 * Merges of duplicate entries of the register: civil affairs' supervisors merge and undo them in
 * their region; the log is for every department's supervisors and administrators there, and
 * shows how far each department has followed.
 */
@Resolver(() => PersonMergeView)
export class PersonMergeResolver {
  @Authorized(SUPERVISORS)
  @Mutation(() => PersonMergeView, {
    description:
      'Merges two entries of the register that are one person (合并重复登记): the merged entry stays, marked, and takes no more writes; every department’s records of it follow the survivor',
  })
  async mergePeople(
    @Arg('input', () => MergePeopleInput) input: MergePeopleInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonMergeView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'merging entries of the register');
    return toPersonMergeView(await mergePeople(ctx, input));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => PersonMergeView, {
    description:
      'Undoes a merge (撤销合并): every record that moved goes back; records written to the survivor since stay with it',
  })
  async unmergePeople(
    @Arg('input', () => UnmergePeopleInput) input: UnmergePeopleInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonMergeView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'undoing merges of the register');
    return toPersonMergeView(await unmergePeople(ctx, input));
  }

  @Authorized(CORRECTORS)
  @Query(() => PersonMergeConnection, {
    description:
      'Merges of the register in a division (合并记录), oldest first: those where either entry lives there',
  })
  async personMerges(
    @Arg('regionCode', () => String, { description: 'Division (范围)' }) regionCode: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<PersonMergeView>> {
    const prefix = subtreeInScope(ctx.principal, regionCode, 'the register');
    const where = {
      $or: [
        { survivorRegionCode: { $like: `${prefix}%` } },
        { mergedRegionCode: { $like: `${prefix}%` } },
      ],
    };
    return mapConnection(await findConnection(ctx.em, PersonMerge, where, page), toPersonMergeView);
  }

  @FieldResolver(() => PersonView, {
    nullable: true,
    description: 'The entry that stayed (保留的登记), by the usual rules of the person',
  })
  async survivor(
    @Root() merge: PersonMergeView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    const person = await ctx.loaders.person.load(merge.survivorId);
    return person && toPersonView(person);
  }

  @FieldResolver(() => PersonView, {
    nullable: true,
    description: 'The entry merged into it (被合并的登记), by the usual rules of the person',
  })
  async merged(
    @Root() merge: PersonMergeView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    const person = await ctx.loaders.person.load(merge.mergedId);
    return person && toPersonView(person);
  }

  @FieldResolver(() => [Department], {
    description:
      'Departments that have applied the merge (or its undoing, once undone) to their own records: civil affairs at once, the others as they follow the change log',
  })
  async followedBy(
    @Root() merge: PersonMergeView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Department[]> {
    const checkpoints = await ctx.loaders.registerFollowers.load('all');
    return DEPARTMENT_CODES.filter(
      (code) => code === 'CIVIL_AFFAIRS' || (checkpoints[code] ?? -1n) >= merge.latestSeq,
    );
  }
}
