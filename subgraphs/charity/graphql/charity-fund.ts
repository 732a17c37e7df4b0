import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import type { CharityFund } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import { CharityFundKind } from './enums.js';

@ObjectType({ description: 'Charity fund (慈善基金) with its money, summed in SQL' })
export class CharityFundView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (基金名称)' })
  name!: string;

  @Field(() => CharityFundKind)
  kind!: CharityFundKind;

  @Field({ description: 'Division (所在区划)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Established on (设立日期)' })
  establishedOn!: string;

  @Field(() => MoneyScalar, { description: 'Donations received (累计募集)' })
  raised!: bigint;

  @Field(() => MoneyScalar, { description: 'Granted out (累计资助)' })
  granted!: bigint;

  @Field(() => MoneyScalar, { description: 'Balance (结余)' })
  balance!: bigint;
}

/** A fund with its money, counted in SQL through the request's loader. */
export async function toCharityFundView(
  fund: CharityFund,
  ctx: CharityContext,
): Promise<CharityFundView> {
  const { raised, granted } = await ctx.loaders.fundTotals.load(fund.id);
  return {
    id: fund.id,
    name: fund.name,
    kind: fund.kind,
    regionCode: fund.regionCode,
    establishedOn: fund.establishedOn,
    raised,
    granted,
    balance: raised - granted,
  };
}

export const CharityFundConnection = connectionType(
  CharityFundView,
  'CharityFund',
  'charity funds (慈善基金)',
);
