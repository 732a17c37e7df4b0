import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { CryptoKey } from 'jose';
import type { Principal } from '../../shared/context.js';
import { batchedOwnerLookup } from '../../shared/department/owner-client.js';
import {
  REFERENCE_PATH,
  referenceRequest,
  type ReferenceAnswer,
  type ReferenceRequest,
} from '../../shared/department/owner-facts.js';
import {
  REFERENCE_GRANT_HEADER,
  verifyReferenceGrant,
} from '../../shared/department/reference-grant.js';
import type { Logger } from '../../shared/logger.js';
import { OTHER_HELP_PATH, otherHelpQuery } from '../../shared/ledger/other-help.js';
import { scopeWhere } from '../../shared/scope.js';
import { parseDivisionCode } from '../../shared/validators/division-code.js';
import { answerOtherHelp } from './ledger/other-help.js';

// Civil affairs owns the register of people, the project catalogue, stations and regions. This is
// how it answers "may this caller name that entity in a write": the facts of each one that exists
// in the caller's region, and nothing about the others — an id from another county and an id that
// was never issued are both simply left out. It also keeps the benefit ledger, and answers here
// what other departments gave the person a grant is written for (shared/ledger/notice.ts).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Record<string, string>;

/** The facts of the requested entities that exist in the principal's region, in four statements at most. */
export async function answerReferences(
  em: EntityManager,
  principal: Principal,
  request: ReferenceRequest,
): Promise<ReferenceAnswer> {
  const scope = scopeWhere(principal).regionCode.$like;
  const connection = em.getConnection();
  // Keys that cannot be ids or codes cannot exist: they are left out before they reach SQL.
  const arrayOf = (keys: string[]) => (keys.length ? `{${keys.join(',')}}` : null);
  const select = async (sql: string, keys: string | null): Promise<Row[]> =>
    keys ? await connection.execute<Row[]>(sql, [keys, scope]) : [];
  const uuids = (keys: string[]) => arrayOf(keys.filter((key) => UUID.test(key)));
  const [people, projects, stations, regions] = await Promise.all([
    // An entry merged away names its survivor only to a caller whose region holds the survivor.
    uuids(request.person)
      ? connection.execute<Row[]>(
          `SELECT p.id::text, p.region_code AS "regionCode", p.birth_date::text AS "birthDate",
                  p.merged_into IS NOT NULL AS merged,
                  CASE WHEN s.region_code LIKE ? THEN s.id::text END AS "mergedInto"
             FROM people p LEFT JOIN people s ON s.id = p.merged_into
            WHERE p.id = ANY(?::uuid[]) AND p.region_code LIKE ?`,
          [scope, uuids(request.person), scope],
        )
      : Promise.resolve([]),
    select(
      `SELECT id::text, region_code AS "regionCode", lead_department AS "leadDepartment",
              status, starts_on::text AS "startsOn", ends_on::text AS "endsOn",
              contract_amount_fen::text AS "contractAmountFen"
         FROM service_projects WHERE id = ANY(?::uuid[]) AND region_code LIKE ?`,
      uuids(request.project),
    ),
    select(
      `SELECT id::text, region_code AS "regionCode", status
         FROM stations WHERE id = ANY(?::uuid[]) AND region_code LIKE ?`,
      uuids(request.station),
    ),
    select(
      `SELECT code, level FROM regions WHERE code = ANY(?::text[]) AND code LIKE ?`,
      arrayOf(request.region.filter((code) => parseDivisionCode(code).ok)),
    ),
  ]);
  const byId = <T extends Row>(rows: T[], key = 'id') =>
    Object.fromEntries(rows.map((row) => [row[key] as string, row]));
  return {
    person: byId(people) as unknown as ReferenceAnswer['person'],
    project: byId(projects) as unknown as ReferenceAnswer['project'],
    station: byId(stations) as unknown as ReferenceAnswer['station'],
    region: byId(regions, 'code') as unknown as ReferenceAnswer['region'],
  };
}

/** Civil affairs' own writes ask the same question of its own database. */
export function localOwnerLookup(em: EntityManager, principal: Principal) {
  return batchedOwnerLookup(
    (request) => answerReferences(em, principal, request),
    (query) => answerOtherHelp(em, principal, query),
  );
}

/**
 * `POST /internal/references` and `POST /internal/ledger/other-help`: the other departments' way
 * to ask. Only a reference grant that the gateway signed for the caller's mutation opens them, and
 * each answer is the caller's view.
 */
export function mountReferenceEndpoint(
  app: Express,
  deps: { forkEntityManager: () => EntityManager; verifyingKeys: CryptoKey[]; logger: Logger },
): void {
  const serve = <T>(
    path: string,
    parse: (body: unknown) => { success: true; data: T } | { success: false },
    answer: (em: EntityManager, principal: Principal, request: T) => Promise<unknown>,
    what: string,
  ) =>
    app.post(path, express.json({ limit: '100kb' }), async (req, res) => {
      let principal: Principal;
      try {
        principal = await verifyReferenceGrant(
          req.header(REFERENCE_GRANT_HEADER) ?? '',
          deps.verifyingKeys,
        );
      } catch {
        res.status(401).json({ error: 'a reference grant signed by the gateway is required' });
        return;
      }
      const parsed = parse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: `not a ${what} request` });
        return;
      }
      try {
        res.json(await answer(deps.forkEntityManager(), principal, parsed.data));
      } catch (error) {
        deps.logger.error({ err: error }, `${what} lookup failed`);
        res.status(503).json({ error: `${what} cannot be checked now` });
      }
    });
  serve(REFERENCE_PATH, (body) => referenceRequest.safeParse(body), answerReferences, 'reference');
  serve(OTHER_HELP_PATH, (body) => otherHelpQuery.safeParse(body), answerOtherHelp, 'other help');
}
