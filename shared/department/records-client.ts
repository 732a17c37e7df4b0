import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { serviceOf, type DepartmentCode, type DepartmentService } from '../departments.js';
import {
  LINKED_RECORD_REGISTRY,
  ownerOfKind,
  type LinkedRecordKind,
  type RecordFacts,
  type RecordsLookup,
} from '../linked-records.js';
import {
  MAX_RECORD_IDS,
  RECORDS_PATH,
  type RecordsAnswer,
  type RecordsRequest,
} from './record-facts.js';
import { RECORDS_GRANT_HEADER } from './reference-grant.js';

/** Longest wait for a department to answer a records request. */
const RECORDS_TIMEOUT_MS = 5000;

/** `KIND:id`, the loader's key, split at its first colon. */
function untag(key: string): [LinkedRecordKind, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as LinkedRecordKind, key.slice(at + 1)];
}

function departmentUnavailable(service: DepartmentService, reason: string): GraphQLError {
  return new GraphQLError(
    `The ${service} department cannot confirm the records this write links (${reason}); nothing was written`,
    { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: service } },
  );
}

export interface RecordsLookupOptions {
  /** The department this subgraph serves: its own kinds are answered by `local`, without HTTP. */
  department: DepartmentCode;
  /** Its own records, read from its own database as the caller. */
  local: (request: RecordsRequest) => Promise<RecordsAnswer>;
  /** Where each department answers, read when a lookup is made (departments start in turn). */
  departmentUrls: () => Partial<Record<DepartmentService, string>>;
  /** What the gateway signed for this request: only mutations to civil affairs carry one. */
  recordsGrant: string | undefined;
  requestId: string;
}

/** One department's records endpoint, asked with the request's records grant. */
async function askDepartment(
  options: RecordsLookupOptions,
  service: DepartmentService,
  request: RecordsRequest,
): Promise<RecordsAnswer> {
  const url = options.departmentUrls()[service];
  if (!url) throw departmentUnavailable(service, 'no URL is configured for it');
  if (!options.recordsGrant) {
    throw departmentUnavailable(service, 'only writes to civil affairs may look up its records');
  }
  try {
    const response = await fetch(new URL(RECORDS_PATH, url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': options.requestId,
        [RECORDS_GRANT_HEADER]: options.recordsGrant,
      },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(RECORDS_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as RecordsAnswer;
  } catch (error) {
    throw departmentUnavailable(
      service,
      (error as Error).name === 'TimeoutError' ? 'timeout' : 'no answer',
    );
  }
}

/**
 * The departments' records as one request sees them. Lookups of one tick are batched into one
 * request per department (the serving department's own kinds are read locally), and remembered
 * for the rest of the request only: the answer depends on who asks. A department that cannot be
 * asked fails its own lookups with `SUBGRAPH_UNAVAILABLE` naming it.
 */
export function departmentRecordsLookup(options: RecordsLookupOptions): RecordsLookup {
  const loader = new DataLoader<string, RecordFacts | null>(
    async (tagged) => {
      const byDepartment = new Map<DepartmentCode, RecordsRequest>();
      for (const key of tagged) {
        const [kind, id] = untag(key);
        const request = byDepartment.get(ownerOfKind(kind)) ?? {};
        (request[kind] ??= []).push(id);
        byDepartment.set(ownerOfKind(kind), request);
      }
      const answers = new Map<DepartmentCode, RecordsAnswer | Error>();
      await Promise.all(
        [...byDepartment].map(async ([department, request]) => {
          const answer =
            department === options.department
              ? options.local(request)
              : askDepartment(options, serviceOf(department), request);
          answers.set(department, await answer.catch((error: Error) => error));
        }),
      );
      return tagged.map((key) => {
        const [kind, id] = untag(key);
        const answer = answers.get(ownerOfKind(kind));
        if (answer instanceof Error) return answer;
        const facts = answer?.[kind]?.[id];
        return facts?.id === id && facts.kind === kind ? facts : null;
      });
    },
    { maxBatchSize: MAX_RECORD_IDS },
  );
  return {
    find(kind, id) {
      if (!Object.hasOwn(LINKED_RECORD_REGISTRY, kind)) {
        return Promise.reject(new Error(`unknown record kind ${kind}`));
      }
      return loader.load(`${kind}:${id}`);
    },
  };
}
