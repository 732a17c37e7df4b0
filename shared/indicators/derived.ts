import type { DepartmentCode } from '../departments.js';
import type { BenefitSource } from '../ledger/outbox.js';
import { BENEFIT_PROGRAMMES, type DepartmentBenefits } from '../ledger/outbox.js';
import type { IndicatorSource } from './sources.js';

// Sources every department shares the shape of: its help in the benefit ledger (declared once,
// in its `benefits.ts`) and its money in projects (the kit's `project_contributions`).

const column = (name: string) => `r."${name}"`;

/**
 * The benefit ledger's programmes of a department as indicator sources: each record is help
 * given (帮扶次数), cash in yuan for cash programmes (救助金额), and its person a recipient
 * (受助人数), split by programme. A record withdrawn by a reversing entry of its own table is
 * netted by the department's own reversal source, not here: the trigger of a table sees only the
 * rows a statement changed.
 */
export function benefitIndicatorSources<D extends DepartmentCode>(
  benefits: DepartmentBenefits<D>,
): Record<string, IndicatorSource<D>> {
  const sources: Record<string, IndicatorSource<DepartmentCode>> = {};
  for (const [programme, source] of Object.entries(benefits.sources) as Array<
    [keyof typeof BENEFIT_PROGRAMMES, BenefitSource]
  >) {
    const cash = BENEFIT_PROGRAMMES[programme].kind === 'CASH' && 'amountFen' in source;
    sources[programme.toLowerCase()] = {
      table: source.table,
      ...(source.where ? { where: source.where } : {}),
      region: column(source.region),
      on: column(source.date),
      dimensions: { PROGRAMME: `'${programme}'` },
      values: {
        benefits_given: '1',
        ...(cash ? { benefit_amount: `${column(source.amountFen)} / 100.0` } : {}),
      },
      ...(source.person ? { members: { benefit_recipients: column(source.person) } } : {}),
    };
  }
  return sources;
}

/** Money a department put into projects (项目出资), reversals netted, by fund source and level. */
export function contributionIndicatorSource<D extends DepartmentCode>(): IndicatorSource<D> {
  return {
    table: 'project_contributions',
    where: `r.kind = 'MONEY'`,
    region: 'r.project_region_code',
    on: 'r.contributed_on',
    dimensions: { FUND_SOURCE: 'r.fund_source', FUND_LEVEL: 'r.fund_level' },
    values: { contribution_amount: 'r.amount_fen / 100.0' },
  } as IndicatorSource<DepartmentCode>;
}
