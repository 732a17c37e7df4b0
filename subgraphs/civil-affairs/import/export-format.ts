import type { Department, ServiceArea, StationLevel } from '../../../shared/enums.js';
import type {
  Certification,
  Employment,
  PersonCategory,
  ProjectStatus,
  StationStatus,
  TargetGroup,
} from '../entities/enums.js';
import { PERSON_CATEGORIES } from './kinds/people.js';
import { DEPARTMENTS, PROJECT_STATUSES, SERVICE_AREAS, TARGET_GROUPS } from './kinds/projects.js';
import { CERTIFICATIONS, EMPLOYMENTS } from './kinds/social-workers.js';
import { STATION_LEVELS, STATION_STATUSES } from './kinds/stations.js';
import type { EnumLabels } from './labels.js';
import { IMPORT_KINDS, type ImportKindName } from './run.js';

/**
 * How the export writes each import kind from the graph, so that what `npm run export -- stations`
 * writes, `npm run import -- stations` reads back unchanged: the same columns under the same
 * (Chinese) headers, enums by their Chinese labels, references by natural key.
 */
export interface KindExport {
  /** Pages through the connection with `$first`, `$after` and an optional `$filter`. */
  query: string;
  /** Where the connection sits in the answer. */
  path: string;
  header: string[];
  record(node: Record<string, unknown>): string[];
}

type Named = { name: string } | null;
type Coded = { code: string } | null;
type Credited = { creditCode: string } | null;

/** The answer's node, typed as the kind's query selects it. */
const typed =
  <N>(record: (node: N) => string[]) =>
  (node: Record<string, unknown>) =>
    record(node as N);

const text = (value: string | null | undefined) => value ?? '';
const label = <T extends string>(labels: EnumLabels<T>, value: T | null) =>
  value ? labels.label(value) : '';
const labelled = <T extends string>(labels: EnumLabels<T>, values: T[] | null) =>
  (values ?? []).map((value) => labels.label(value)).join(';');

const headerOf = (kind: ImportKindName) =>
  IMPORT_KINDS[kind].columns.map((column) => column.headers[0]!);

const connection = (field: string, filterType: string, node: string) => `
query Export($first: Int, $after: String, $filter: ${filterType}) {
  ${field}(first: $first, after: $after, filter: $filter) {
    edges { node { ${node} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The export of every import kind, keyed as the import names them. */
export const KIND_EXPORTS: Record<ImportKindName, KindExport> = {
  stations: {
    query: connection(
      'stations',
      'StationFilter',
      'name level regionCode status parent { name } operator { creditCode } openedOn address',
    ),
    path: 'stations',
    header: headerOf('stations'),
    record: typed(
      (node: {
        name: string;
        level: StationLevel;
        regionCode: string;
        status: StationStatus;
        parent: Named;
        operator: Credited;
        openedOn: string | null;
        address: string | null;
      }) => [
        node.name,
        label(STATION_LEVELS, node.level),
        node.regionCode,
        label(STATION_STATUSES, node.status),
        text(node.parent?.name),
        text(node.operator?.creditCode),
        text(node.openedOn),
        text(node.address),
      ],
    ),
  },
  agencies: {
    query: connection('agencies', 'AgencyFilter', 'name creditCode region { code } address'),
    path: 'agencies',
    header: headerOf('agencies'),
    record: typed(
      (node: { name: string; creditCode: string; region: Coded; address: string | null }) => [
        node.name,
        node.creditCode,
        text(node.region?.code),
        text(node.address),
      ],
    ),
  },
  'social-workers': {
    // The graph never shows a worker's identity number: the column stays empty and the import
    // matches such rows by name within the division.
    query: connection(
      'socialWorkers',
      'SocialWorkerFilter',
      'name region { code } station { name } agency { creditCode } employment certification',
    ),
    path: 'socialWorkers',
    header: headerOf('social-workers'),
    record: typed(
      (node: {
        name: string;
        region: Coded;
        station: Named;
        agency: Credited;
        employment: Employment;
        certification: Certification;
      }) => [
        node.name,
        '',
        text(node.region?.code),
        text(node.station?.name),
        text(node.agency?.creditCode),
        label(EMPLOYMENTS, node.employment),
        label(CERTIFICATIONS, node.certification),
      ],
    ),
  },
  people: {
    // Identity numbers and sensitive categories come out only as the caller may see them:
    // masked numbers are refused by the import, so a round trip needs a supervisor's purpose.
    query: connection('people', 'PersonFilter', 'identityNumber name region { code } categories'),
    path: 'people',
    header: headerOf('people'),
    record: typed(
      (node: {
        identityNumber: string | null;
        name: string;
        region: Coded;
        categories: PersonCategory[];
      }) => [
        text(node.identityNumber),
        node.name,
        text(node.region?.code),
        labelled(PERSON_CATEGORIES, node.categories),
      ],
    ),
  },
  projects: {
    query: connection(
      'serviceProjects',
      'ServiceProjectFilter',
      'name leadDepartment region { code } agency { creditCode } stations { name } serviceAreas targetGroups startsOn endsOn contractAmount status',
    ),
    path: 'serviceProjects',
    header: headerOf('projects'),
    record: typed(
      (node: {
        name: string;
        leadDepartment: Department;
        region: Coded;
        agency: Credited;
        stations: Array<{ name: string }>;
        serviceAreas: ServiceArea[];
        targetGroups: TargetGroup[];
        startsOn: string;
        endsOn: string;
        contractAmount: string;
        status: ProjectStatus;
      }) => [
        node.name,
        label(DEPARTMENTS, node.leadDepartment),
        text(node.region?.code),
        text(node.agency?.creditCode),
        node.stations.map((station) => station.name).join(';'),
        labelled(SERVICE_AREAS, node.serviceAreas),
        labelled(TARGET_GROUPS, node.targetGroups),
        node.startsOn,
        node.endsOn,
        node.contractAmount,
        label(PROJECT_STATUSES, node.status),
      ],
    ),
  },
};
