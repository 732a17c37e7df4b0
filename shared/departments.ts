// Every department of the hub, written once. Its code is the `Department` enum value and the
// token claim; its service name (the code in kebab case) is its folder under `subgraphs/`, its
// subgraph's name, its database and its CLI flag; everything else that names a department is
// derived from this list.

/** A department's code in kebab case: `DISABLED_PERSONS_FEDERATION` → `disabled-persons-federation`. */
type Kebab<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}-${Kebab<Tail>}`
  : Lowercase<S>;

interface DepartmentEntry {
  code: string;
  /** Default port of its subgraph. */
  port: number;
  /** The enum value's description: English, then Chinese. */
  description: string;
  /** How the graph's field names begin for it (`tradeUnionContribution`, `region.tradeUnion`). */
  fieldStem: string;
  /** Its records, as a description names them ("Reveals of trade union records"). */
  recordsLabel: string;
  /** Its access-log query. */
  accessLogField: string;
  /** Its money put into projects, as a description names it ("Money from the trade union (工会)"). */
  moneyLabel?: string;
}

/** The departments, in the order of their ports. */
export const DEPARTMENT_REGISTRY = [
  {
    code: 'CIVIL_AFFAIRS',
    port: 4001,
    description: 'Civil affairs (民政)',
    fieldStem: 'civilAffairs',
    recordsLabel: 'civil-affairs',
    accessLogField: 'accessLog',
    moneyLabel: 'civil affairs (民政)',
  },
  {
    code: 'TRADE_UNION',
    port: 4002,
    description: 'Trade union (工会)',
    fieldStem: 'tradeUnion',
    recordsLabel: 'trade union',
    accessLogField: 'tradeUnionAccessLog',
    moneyLabel: 'the trade union (工会)',
  },
  {
    code: 'YOUTH_LEAGUE',
    port: 4003,
    description: 'Communist Youth League (共青团/团委)',
    fieldStem: 'youthLeague',
    recordsLabel: 'Youth League',
    accessLogField: 'youthLeagueAccessLog',
    moneyLabel: 'the Youth League (团委)',
  },
  {
    code: 'WOMEN_FEDERATION',
    port: 4004,
    description: "Women's federation (妇联)",
    fieldStem: 'womenFederation',
    recordsLabel: "women's federation",
    accessLogField: 'womenFederationAccessLog',
    moneyLabel: "the women's federation (妇联)",
  },
  {
    code: 'DISABLED_PERSONS_FEDERATION',
    port: 4005,
    description: "Disabled persons' federation (残联)",
    // The graph's fields were named before the department was: `disabilityFederation…` stays
    // so that clients keep working.
    fieldStem: 'disabilityFederation',
    recordsLabel: "disabled persons' federation",
    accessLogField: 'disabilityFederationAccessLog',
    moneyLabel: "the disabled persons' federation (残联)",
  },
  {
    code: 'CHARITY',
    port: 4006,
    description: 'Charity federation and funds (慈善)',
    fieldStem: 'charity',
    recordsLabel: 'charity',
    accessLogField: 'charityAccessLog',
  },
] as const satisfies readonly DepartmentEntry[];

/** A department as the graph and the tokens name it. */
export type DepartmentCode = (typeof DEPARTMENT_REGISTRY)[number]['code'];
/** A department as its folder, subgraph, database and CLI name it. */
export type DepartmentService = Kebab<DepartmentCode>;

/** The registry is never empty: a list derived from it is typed so (zod enums want it). */
function nonEmpty<T>(items: T[]): readonly [T, ...T[]] {
  return items as unknown as readonly [T, ...T[]];
}

/** Every department code, in port order. */
export const DEPARTMENT_CODES = nonEmpty(DEPARTMENT_REGISTRY.map((entry) => entry.code));

/** The service name of a department. */
export function serviceOf(code: DepartmentCode): DepartmentService {
  return code.toLowerCase().replaceAll('_', '-') as DepartmentService;
}

/** Every department service, in port order. */
export const DEPARTMENT_SERVICES = nonEmpty(DEPARTMENT_CODES.map(serviceOf));

/** What the registry says of a department, by code or service name. */
export function department(name: DepartmentCode | DepartmentService): DepartmentEntry & {
  code: DepartmentCode;
  service: DepartmentService;
} {
  const entry = DEPARTMENT_REGISTRY.find(
    (candidate) => candidate.code === name || serviceOf(candidate.code) === name,
  );
  if (!entry) throw new Error(`unknown department ${name}`);
  return { ...entry, service: serviceOf(entry.code) };
}

/**
 * A department named on a command line, in either spelling (`DISABLED_PERSONS_FEDERATION` or
 * `disabled-persons-federation`, any case); undefined when there is none of that name.
 */
export function departmentNamed(text: string): DepartmentCode | undefined {
  const code = text.trim().toUpperCase().replaceAll('-', '_');
  return DEPARTMENT_CODES.find((candidate) => candidate === code);
}
