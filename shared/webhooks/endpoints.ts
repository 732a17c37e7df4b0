import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { DepartmentCode } from '../departments.js';
import { newWebhookSecret } from './signature.js';
import { rowsOf } from '../db/statements.js';
import { dateOf, jsonList } from './sql.js';

/** A department's webhook endpoint, without its secret. */
export interface WebhookEndpoint {
  id: string;
  department: DepartmentCode;
  url: string;
  /** Wire names of the topics it receives. */
  topics: string[];
  active: boolean;
  createdAt: Date;
  createdBySubject: string;
  disabledAt: Date | null;
}

interface EndpointRow {
  id: string;
  department: DepartmentCode;
  url: string;
  topics: string[];
  active: boolean;
  created_at: Date | string;
  created_by_subject: string;
  disabled_at: Date | string | null;
}

const COLUMNS = `"id", "department", "url", "topics", "active", "created_at", "created_by_subject", "disabled_at"`;

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    department: row.department,
    url: row.url,
    topics: row.topics,
    active: row.active,
    createdAt: dateOf(row.created_at)!,
    createdBySubject: row.created_by_subject,
    disabledAt: dateOf(row.disabled_at),
  };
}

/** Registers an endpoint with a new secret; the secret is returned this once. */
export async function createWebhookEndpoint(
  em: EntityManager,
  input: { department: DepartmentCode; url: string; topics: string[]; createdBySubject: string },
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const secret = newWebhookSecret();
  const [row] = await rowsOf<EndpointRow>(
    em,
    `insert into "webhook_endpoints" ("id", "department", "url", "secret", "topics", "created_by_subject")
     values (?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?) returning ${COLUMNS}`,
    [uuidv7(), input.department, input.url, secret, jsonList(input.topics), input.createdBySubject],
  );
  return { endpoint: toEndpoint(row!), secret };
}

/** The department's endpoints, oldest first. */
export async function webhookEndpointsOf(
  em: EntityManager,
  department: DepartmentCode,
): Promise<WebhookEndpoint[]> {
  const rows = await rowsOf<EndpointRow>(
    em,
    `select ${COLUMNS} from "webhook_endpoints" where "department" = ? order by "id"`,
    [department],
  );
  return rows.map(toEndpoint);
}

/**
 * Disables one of the department's endpoints (again is a no-op); null when the department has no
 * such endpoint. Its pending deliveries wait, unsent.
 */
export async function disableWebhookEndpointOf(
  em: EntityManager,
  department: DepartmentCode,
  id: string,
): Promise<WebhookEndpoint | null> {
  const [row] = await rowsOf<EndpointRow>(
    em,
    `update "webhook_endpoints"
     set "active" = false, "disabled_at" = coalesce("disabled_at", now())
     where "id" = ? and "department" = ? returning ${COLUMNS}`,
    [id, department],
  );
  return row ? toEndpoint(row) : null;
}
