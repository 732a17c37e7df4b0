import { badInput, ErrorCode } from '../../../shared/errors.js';
import { GraphQLError } from 'graphql';
import { writtenBy } from '../../../shared/department/written.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { isWithin } from '../../../shared/validators/division-code.js';
import { SupervisionKind } from '../entities/enums.js';
import { StationDesignation, SupervisionEvent, type Station } from '../entities/index.js';
import type { RecordSupervisionEventInput } from '../graphql/station-standards.input.js';
import type { UpdateStationInput } from '../graphql/station.input.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';

// The writes of station standards: what updateStation sets beyond the station's identity, and
// the supervision recorded at a station. Checks come first; nothing is written until all pass.

/** Chains of supervision are short; a longer one is a loop or a mistake. */
const MAX_CHAIN = 10;

/**
 * A supervising station lies in the same county as the station (or above it, for a county or
 * city station) and is not the station, nor supervised by it through others.
 */
export async function checkSupervisor(
  ctx: CivilAffairsContext,
  station: Pick<Station, 'id' | 'regionCode'>,
  supervisorId: string,
): Promise<void> {
  const field = 'supervisingStationId';
  if (supervisorId === station.id) throw badInput(field, 'a station cannot supervise itself');
  const supervisor = await requireExisting(ctx, 'station', supervisorId, field);
  if (!isWithin(station.regionCode, supervisor.regionCode.slice(0, 6))) {
    throw badInput(field, 'a supervising station lies in the same county as the station');
  }
  let next = supervisor.supervisingStationId;
  for (let step = 0; next && step < MAX_CHAIN; step += 1) {
    if (next === station.id)
      throw badInput(field, 'the supervising station is supervised by this station');
    next = (await ctx.loaders.station.load(next))?.supervisingStationId ?? null;
  }
}

/**
 * Sets the standards' attributes of `input` on the station and replaces its designations when
 * given; the caller flushes, so that the station and its designations are written together.
 */
export async function applyStandards(
  ctx: CivilAffairsContext,
  station: Station,
  input: UpdateStationInput,
): Promise<void> {
  if (input.supervisingStationId) await checkSupervisor(ctx, station, input.supervisingStationId);
  const wanted = input.designations;
  const keyOf = (row: { kind: string; level: string; year: number }) =>
    `${row.kind}|${row.level}|${row.year}`;
  if (wanted && new Set(wanted.map(keyOf)).size !== wanted.length) {
    throw badInput('designations', 'the same designation is listed twice');
  }
  if (input.supervisingStationId != null) station.supervisingStationId = input.supervisingStationId;
  if (input.premisesArea != null) station.premisesArea = input.premisesArea;
  if (input.independentOffice != null) station.independentOffice = input.independentOffice;
  if (input.signage != null) station.signage = input.signage;
  if (!wanted) return;
  const existing = await ctx.em.find(StationDesignation, { stationId: station.id });
  const keep = new Set(wanted.map(keyOf));
  for (const row of existing) if (!keep.has(keyOf(row))) ctx.em.remove(row);
  const have = new Set(existing.map(keyOf));
  for (const designation of wanted.filter((row) => !have.has(keyOf(row)))) {
    ctx.em.create(StationDesignation, {
      ...writtenBy(ctx.principal),
      stationId: station.id,
      kind: designation.kind,
      level: designation.level,
      year: designation.year,
    });
  }
}

/** `CONFLICT`: the same supervision was recorded that day with other details. */
function recordedOtherwise(): GraphQLError {
  return new GraphQLError(
    'this supervision was already recorded for that day with other details; correct the day or the kind',
    { extensions: { code: ErrorCode.CONFLICT, field: 'heldOn' } },
  );
}

/**
 * Records supervision held at a station of the caller's region. One of a kind per station a day:
 * the same record sent again returns the first; other details for it are a `CONFLICT`.
 */
export async function recordSupervision(
  ctx: CivilAffairsContext,
  input: RecordSupervisionEventInput,
): Promise<SupervisionEvent> {
  const station = await requireExisting(ctx, 'station', input.stationId, 'stationId');
  if (input.heldByStationId) {
    await requireExisting(ctx, 'station', input.heldByStationId, 'heldByStationId');
  }
  if (input.heldOn > chinaToday()) throw badInput('heldOn', 'heldOn is in the future');
  if (
    station.openedOn &&
    input.heldOn < station.openedOn &&
    input.kind !== SupervisionKind.JOINT_DEPARTMENT_MEETING
  ) {
    throw badInput('heldOn', `heldOn is before the station opened (${station.openedOn})`);
  }
  const values = {
    heldBy: input.heldBy,
    heldByStationId: input.heldByStationId ?? null,
    notes: input.notes ?? null,
  };
  const earlier = await ctx.em.findOne(SupervisionEvent, {
    stationId: station.id,
    kind: input.kind,
    heldOn: input.heldOn,
  });
  if (earlier) {
    const same = Object.entries(values).every(
      ([key, value]) => earlier[key as keyof typeof values] === value,
    );
    if (!same) throw recordedOtherwise();
    return earlier;
  }
  const event = ctx.em.create(SupervisionEvent, {
    ...writtenBy(ctx.principal),
    stationId: station.id,
    regionCode: station.regionCode,
    kind: input.kind,
    heldOn: input.heldOn,
    ...values,
  });
  await ctx.em.flush();
  return event;
}
