import { Field, Int, ObjectType } from 'type-graphql';
import { StationLevel } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { StationDesignation, SupervisionEvent } from '../entities/index.js';
import type { Breach } from '../standards/breaches.js';
import { ruleOf, type ParameterValue, type StationRule } from '../standards/rules.js';
import { DesignationKind, DesignationLevel, SupervisionKind } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType({ description: 'A pilot or demonstration designation of a station (试点/示范)' })
export class StationDesignationView {
  @Field(() => DesignationKind, { description: 'Pilot or demonstration (类别)' })
  kind!: DesignationKind;

  @Field(() => DesignationLevel, { description: 'Level that gave it (级别)' })
  level!: DesignationLevel;

  @Field(() => Int, { description: 'Year given (年度)' })
  year!: number;
}

export function toDesignationView(row: StationDesignation): StationDesignationView {
  return { kind: row.kind, level: row.level, year: row.year };
}

@ObjectType('SupervisionEvent', {
  description: 'Supervision held at a station (督导): a meeting or an on-site check',
})
export class SupervisionEventView extends RecordView {
  @Field(() => SupervisionKind, { description: 'What was held (类别)' })
  kind!: SupervisionKind;

  @Field(() => DateScalar, { description: 'Day it was held (日期)' })
  heldOn!: string;

  @Field({ description: 'Office or post that held it (主持单位), e.g. 木兰县民政局' })
  heldBy!: string;

  @Field(() => String, {
    nullable: true,
    description: "Notes on the station's work (纪要): progress, problems and what is to be fixed",
  })
  notes!: string | null;

  /** For `station` and `heldByStation`. */
  stationId!: string;
  heldByStationId!: string | null;
}

export function toSupervisionEventView(row: SupervisionEvent): SupervisionEventView {
  return {
    ...recordFields(row),
    kind: row.kind,
    heldOn: row.heldOn,
    heldBy: row.heldBy,
    notes: row.notes,
    stationId: row.stationId,
    heldByStationId: row.heldByStationId,
  };
}

@ObjectType({ description: 'A parameter of a standard (参数), e.g. minimum 2' })
export class StandardParameter {
  @Field({ description: 'Parameter (参数名), e.g. minimum, days, employments' })
  parameter!: string;

  @Field({ description: 'Its value; lists are comma-separated (参数值)' })
  value!: string;
}

@ObjectType('StationStandard', {
  description: 'A standard stations are held to (站点建设标准), from the registry of rules',
})
export class StationStandardView {
  @Field({ description: 'Stable code, e.g. FULL_TIME_WORKERS' })
  code!: string;

  @Field({ description: 'The requirement as its source states it (要求)' })
  requirement!: string;

  @Field({ description: 'Where the requirement comes from (依据)' })
  source!: string;

  @Field(() => [StationLevel], { description: 'Levels of station held to it (适用层级)' })
  levels!: StationLevel[];

  @Field(() => [StandardParameter], { description: 'Its parameters (参数)' })
  parameters!: StandardParameter[];
}

const shown = (value: ParameterValue) =>
  typeof value === 'number' ? String(value) : value.join(',');

export function toStandardView(rule: StationRule): StationStandardView {
  return {
    code: rule.code,
    requirement: rule.requirement,
    source: rule.source,
    levels: [...rule.levels],
    parameters: Object.entries(rule.parameters).map(([parameter, value]) => ({
      parameter,
      value: shown(value),
    })),
  };
}

@ObjectType({ description: 'A fact behind a breach (事实), e.g. fullTimeWorkers 1' })
export class StandardFact {
  @Field({ description: 'Fact (事实项), e.g. fullTimeWorkers, lastSupervisionOn' })
  fact!: string;

  @Field(() => String, { nullable: true, description: 'Its value; null when there is none' })
  value!: string | null;
}

@ObjectType({ description: 'A standard a station breaks, and why (不达标项)' })
export class StandardBreach {
  @Field(() => StationStandardView, { description: 'The standard broken' })
  standard!: StationStandardView;

  @Field(() => [StandardFact], { description: 'The facts behind it (事实)' })
  facts!: StandardFact[];

  @Field({
    description: 'The breach in one sentence, e.g. "1 full-time social worker(s) of 2 required"',
  })
  explanation!: string;
}

export function toBreachView(breach: Breach): StandardBreach {
  const rule = ruleOf(breach.rule)!;
  return {
    standard: toStandardView(rule),
    facts: Object.entries(breach.facts).map(([fact, value]) => ({
      fact,
      value: value == null ? null : String(value),
    })),
    explanation: rule.explain(breach.facts, rule.parameters),
  };
}

@ObjectType({ description: 'A station that falls short of standards on a day (不达标站点)' })
export class StationOutOfStandardView {
  /** The station's id, for the cursor and `station`. */
  id!: string;

  @Field(() => [StandardBreach], { description: 'Every standard it breaks, in the registry order' })
  breaches!: StandardBreach[];
}

export const StationOutOfStandardConnection = connectionType(
  StationOutOfStandardView,
  'StationOutOfStandard',
  'stations out of standard (不达标站点)',
);
