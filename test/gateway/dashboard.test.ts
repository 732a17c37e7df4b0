import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { GraphQLEnumType, parse, validate, type GraphQLSchema } from 'graphql';
import {
  focusPeriod,
  formatCell,
  forDepartments,
  indicatorArgs,
  panelMeasures,
  snapPeriod,
  type IndicatorTable,
  type Measure,
} from '../../gateway/explorer/dashboard/indicators.js';
import { DEPARTMENTS, LABELS } from '../../gateway/explorer/dashboard/labels.js';
import * as QUERIES from '../../gateway/explorer/dashboard/queries.js';

// The dashboard page's side that needs no browser: its operations (and the one its documentation
// offers to copy) against the API schema of the committed supergraph, its Chinese labels against
// the schema's own terms, and the rules by which it reads a table of indicators.

let schema: GraphQLSchema;
beforeAll(async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
});

describe.each(Object.entries(QUERIES))('the operation %s', (_name, query) => {
  it('is valid against the supergraph', () => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});

it('documents a query a dashboard builder can copy, valid against the supergraph', async () => {
  const docs = await readFile(new URL('../../docs/dashboard.md', import.meta.url), 'utf8');
  const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  expect(examples.length).toBeGreaterThan(0);
  for (const example of examples) {
    expect(validate(schema, parse(example)).map((error) => error.message)).toEqual([]);
    expect(example).toContain('indicators(');
  }
});

describe.each(Object.entries(LABELS))('the labels of %s', (name, labels) => {
  it('are the Chinese terms of the schema, for every value and in its order', () => {
    const type = schema.getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    expect(Object.keys(labels)).toEqual(values.map((value) => value.name));
    for (const value of values) {
      // "Case work (个案)" gives 个案.
      const term = /\(([^()]*[\u4e00-\u9fff][^()]*)\)/.exec(value.description ?? '')?.[1];
      expect([value.name, labels[value.name as keyof typeof labels]]).toEqual([value.name, term]);
    }
  });
});

const measure = (code: string, departments: string[], dimensions: string[] = []): Measure => ({
  code,
  name: code,
  unit: '次',
  description: '',
  kind: 'FLOW',
  departments,
  dimensions: ['DEPARTMENT', ...dimensions],
});

const table = (rows: IndicatorTable['rows'], suppressionK: number | null): IndicatorTable => ({
  measures: [],
  periods: [
    { code: '2023-Q1', start: '2023-01-01', end: '2023-03-31' },
    { code: '2023-Q2', start: '2023-04-01', end: '2023-06-30' },
  ],
  regions: [],
  rows,
  suppressionK,
});

describe('reading a table', () => {
  const row = {
    measure: 'services',
    period: '2023-Q1',
    regionCode: '522327',
    regionName: '册亨县',
  };

  it('writes a suppressed cell as "<k", never as a number', () => {
    expect(formatCell({ ...row, value: null, suppressed: true }, 5)).toBe('<5');
    expect(formatCell({ ...row, value: 0, suppressed: false }, 5)).toBe('0');
    expect(formatCell({ ...row, value: 1910500, suppressed: false }, null)).toBe('1,910,500');
    expect(formatCell({ ...row, value: 12.345, suppressed: false }, null)).toBe('12.35');
    expect(formatCell(undefined, 5)).toBe('—');
  });

  it('focuses on the period asked for when the table has it, else on the last', () => {
    expect(focusPeriod(table([], null), '2023-Q1')).toBe('2023-Q1');
    expect(focusPeriod(table([], null), '2023-03')).toBe('2023-Q2');
    expect(focusPeriod(table([], null), null)).toBe('2023-Q2');
  });

  it('moves months to the start and end of their quarter or year', () => {
    expect(snapPeriod('2023-02', '2023-05', 'MONTH')).toEqual({ from: '2023-02', to: '2023-05' });
    expect(snapPeriod('2023-02', '2023-05', 'QUARTER')).toEqual({ from: '2023-01', to: '2023-06' });
    expect(snapPeriod('2023-12', '2024-10', 'QUARTER')).toEqual({ from: '2023-10', to: '2024-12' });
    expect(snapPeriod('2023-02', '2024-05', 'YEAR')).toEqual({ from: '2023-01', to: '2024-12' });
  });

  it('shows the measures of the departments picked, each panel those it draws', () => {
    const catalogue = [
      measure('services', ['CIVIL_AFFAIRS'], ['METHOD', 'SERVICE_AREA']),
      measure('townships', ['CIVIL_AFFAIRS']),
      measure('contribution_amount', ['TRADE_UNION', 'CHARITY']),
      measure('referrals_sent', ['CIVIL_AFFAIRS', 'WOMEN_FEDERATION']),
      measure('volunteer_hours', ['YOUTH_LEAGUE']),
    ];
    const all = panelMeasures(catalogue);
    expect(all.headline.map((m) => m.code)).toEqual([
      'townships',
      'services',
      'contribution_amount',
      'volunteer_hours',
    ]);
    expect(all.byMethod.map((m) => m.code)).toEqual(['services']);
    expect(all.funding.map((m) => m.code)).toEqual(['contribution_amount']);
    expect(all.referrals.map((m) => m.code)).toEqual(['referrals_sent']);
    expect(all.overlaps).toEqual([]);
    const women = panelMeasures(forDepartments(catalogue, ['WOMEN_FEDERATION']));
    expect(women.headline).toEqual([]);
    expect(women.referrals.map((m) => m.code)).toEqual(['referrals_sent']);
  });

  it('asks for the region or the divisions below it, and names the departments only when some are left out', () => {
    const period = { from: '2023-01', to: '2023-12', grain: 'YEAR' as const };
    const scope = { region: { code: '522327' }, period, departments: DEPARTMENTS };
    const services = [measure('services', ['CIVIL_AFFAIRS'])];
    expect(indicatorArgs(scope, services)).toEqual({
      measures: ['services'],
      period,
      regions: { codes: ['522327'] },
    });
    expect(
      indicatorArgs({ ...scope, departments: ['CHARITY', 'TRADE_UNION'] }, services, {
        by: ['METHOD'],
        monthly: true,
        under: true,
      }),
    ).toEqual({
      measures: ['services'],
      period: { ...period, grain: 'MONTH' },
      regions: { under: '522327' },
      by: ['METHOD'],
      departments: ['CHARITY', 'TRADE_UNION'],
    });
    expect(indicatorArgs(scope, [])).toBeNull();
    expect(indicatorArgs({ ...scope, departments: [] }, services)).toBeNull();
  });
});
