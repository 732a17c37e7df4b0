import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { CryptoKey } from 'jose';
import { z } from 'zod';
import type { Principal } from '../context.js';
import type { DepartmentCode } from '../departments.js';
import {
  LINKED_RECORD_KINDS,
  ownerOfKind,
  type LinkableSource,
  type LinkedRecordKind,
  type RecordFacts,
} from '../linked-records.js';
import type { Logger } from '../logger.js';
import { identifier } from '../db/statements.js';
import { scopeWhere } from '../scope.js';
import { RECORDS_GRANT_HEADER, verifyRecordsGrant, type SeamGrant } from './reference-grant.js';

// Civil affairs links other departments' records (a referral completed, a case's services), and
// the department that keeps a record is the one that says it is there. Every department serves
// `POST /internal/records`: given kinds and ids, it answers the facts of those of its records
// that exist in the caller's region, when the caller works for that department — a department
// vouches for its own records when its own staff link them. Anything else is simply left out:
// absent, elsewhere and not yours are one answer, so the endpoint is no oracle.

/** Path of every department's record endpoint. */
export const RECORDS_PATH = '/internal/records';
/** Most ids in one records request, of all kinds together. */
export const MAX_RECORD_IDS = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The body of a records request: the ids of each kind to look up. */
export const recordsRequest = z
  .partialRecord(z.enum(LINKED_RECORD_KINDS), z.array(z.string().min(1).max(64)))
  .refine(
    (request) =>
      Object.values(request).reduce((sum, ids) => sum + (ids?.length ?? 0), 0) <= MAX_RECORD_IDS,
    { message: `at most ${MAX_RECORD_IDS} ids in one request` },
  );
export type RecordsRequest = Partial<Record<LinkedRecordKind, string[]>>;

/** The answer: by kind, the facts of each id found; ids not found are left out. */
export type RecordsAnswer = Partial<Record<LinkedRecordKind, Record<string, RecordFacts>>>;

/** How a department reads the kinds it keeps (its `linkable.ts`). */
export type DepartmentLinkable = Partial<Record<LinkedRecordKind, LinkableSource>>;

/** The statement that reads records of one kind by id within a region. */
function selectOf(source: LinkableSource): string {
  const person =
    source.person === null
      ? 'NULL'
      : typeof source.person === 'string'
        ? `r.${identifier(source.person)}`
        : `(SELECT p.${identifier(source.person.column)} FROM ${identifier(source.person.via)} p
             WHERE p.id = r.${identifier(source.person.key)})`;
  return `SELECT r.id::text AS id, ${person}::text AS "personId",
                 r.${identifier(source.region)} AS "regionCode", r.${identifier(source.date)}::text AS date
            FROM ${identifier(source.table)} r
           WHERE r.id = ANY(?::uuid[]) AND r.${identifier(source.region)} LIKE ?
             ${source.where ? `AND (${source.where})` : ''}`;
}

/**
 * The facts of the requested records that `department` keeps, that exist in the principal's region;
 * nothing at all unless the principal works for `department`. One statement per kind asked.
 */
export async function answerRecords(
  em: EntityManager,
  principal: Principal,
  department: DepartmentCode,
  linkable: DepartmentLinkable,
  request: RecordsRequest,
): Promise<RecordsAnswer> {
  if (principal.department !== department) return {};
  const scope = scopeWhere(principal).regionCode.$like;
  const answer: RecordsAnswer = {};
  await Promise.all(
    Object.entries(request).map(async ([name, ids]) => {
      const kind = name as LinkedRecordKind;
      const source = linkable[kind];
      // Ids that cannot be ids cannot exist: they are left out before they reach SQL.
      const wanted = [...new Set((ids ?? []).filter((id) => UUID.test(id)))];
      if (!source || ownerOfKind(kind) !== department || !wanted.length) return;
      const rows = await em
        .getConnection()
        .execute<Array<Omit<RecordFacts, 'kind' | 'department'>>>(selectOf(source), [
          `{${wanted.join(',')}}`,
          scope,
        ]);
      answer[kind] = Object.fromEntries(
        rows.map(({ id, personId, regionCode, date }) => [
          id,
          { id, kind, department, personId, regionCode, date },
        ]),
      );
    }),
  );
  return answer;
}

export interface RecordsEndpointDeps {
  department: DepartmentCode;
  linkable: DepartmentLinkable;
  forkEntityManager: () => EntityManager;
  verifyingKeys: CryptoKey[];
  logger: Logger;
}

/**
 * `POST /internal/records`: only a records grant the gateway signed for a mutation opens it,
 * sent with the id of the request it was signed for; the answer is the caller's view.
 */
export function mountRecordsEndpoint(app: Express, deps: RecordsEndpointDeps): void {
  const requireGrant = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const grant = await verifyRecordsGrant(
        req.header(RECORDS_GRANT_HEADER) ?? '',
        deps.verifyingKeys,
      );
      if (!grant.requestId || grant.requestId !== req.header('x-request-id')) {
        throw new Error('the grant was signed for another request');
      }
      res.locals.grant = grant;
      next();
    } catch {
      res.status(401).json({ error: 'a records grant signed by the gateway is required' });
    }
  };
  const notARequest = (_error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(400).json({ error: 'not a records request' });
  };
  app.post(
    RECORDS_PATH,
    requireGrant,
    express.json({ limit: '100kb' }),
    async (req: Request, res: Response) => {
      const parsed = recordsRequest.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: 'not a records request' });
        return;
      }
      const { principal } = res.locals.grant as SeamGrant;
      try {
        const em = deps.forkEntityManager();
        res.json(await answerRecords(em, principal, deps.department, deps.linkable, parsed.data));
      } catch (error) {
        deps.logger.error({ err: error }, 'records lookup failed');
        res.status(503).json({ error: 'records cannot be checked now' });
      }
    },
    notARequest,
  );
}
