import { registerEnumType } from 'type-graphql';

/** Why a worker is in difficulty (致困原因). */
export enum WorkerHardshipReason {
  ILLNESS = 'ILLNESS',
  DISABILITY = 'DISABILITY',
  UNEMPLOYMENT = 'UNEMPLOYMENT',
  LOW_WAGE = 'LOW_WAGE',
  ACCIDENT = 'ACCIDENT',
  FAMILY_HARDSHIP = 'FAMILY_HARDSHIP',
}
registerEnumType(WorkerHardshipReason, {
  name: 'WorkerHardshipReason',
  description: 'Why a worker is in difficulty (致困原因)',
  valuesConfig: {
    ILLNESS: { description: 'Illness (因病)' },
    DISABILITY: { description: 'Disability (因残)' },
    UNEMPLOYMENT: { description: 'Unemployment (失业)' },
    LOW_WAGE: { description: 'Low wage (收入低)' },
    ACCIDENT: { description: 'Accident (意外)' },
    FAMILY_HARDSHIP: { description: 'Family hardship (家庭困难)' },
  },
});

/** How deep the difficulty is (困难程度). */
export enum WorkerHardshipLevel {
  ORDINARY = 'ORDINARY',
  DEEP = 'DEEP',
}
registerEnumType(WorkerHardshipLevel, {
  name: 'WorkerHardshipLevel',
  description: 'Level of difficulty (困难程度)',
  valuesConfig: {
    ORDINARY: { description: 'In difficulty (一般困难)' },
    DEEP: { description: 'In deep difficulty (深度困难)' },
  },
});

/** Whether the file is open (在档) or the worker is out of difficulty (已解困). */
export enum WorkerFileStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(WorkerFileStatus, {
  name: 'WorkerFileStatus',
  description: 'Status of a worker-in-difficulty file (档案状态)',
  valuesConfig: {
    OPEN: { description: 'On file (在档)' },
    CLOSED: { description: 'Out of difficulty (已解困)' },
  },
});

/** Kind of union service point (职工服务站点). */
export enum UnionServicePointKind {
  WORKERS_HOME = 'WORKERS_HOME',
  SERVICE_STATION = 'SERVICE_STATION',
  CARE_POST = 'CARE_POST',
}
registerEnumType(UnionServicePointKind, {
  name: 'UnionServicePointKind',
  description: 'Kind of union service point (职工服务站点类型)',
  valuesConfig: {
    WORKERS_HOME: { description: "Workers' home (职工之家)" },
    SERVICE_STATION: { description: 'Union service station (工会服务站)' },
    CARE_POST: { description: 'Outdoor workers care post (爱心驿站)' },
  },
});

/** Kind of union assistance granted to a worker in difficulty (帮扶救助类型). */
export enum UnionAssistanceKind {
  LIVING = 'LIVING',
  MEDICAL = 'MEDICAL',
  EDUCATION = 'EDUCATION',
}
registerEnumType(UnionAssistanceKind, {
  name: 'UnionAssistanceKind',
  description: 'Kind of union assistance (帮扶救助类型)',
  valuesConfig: {
    LIVING: { description: 'Living assistance (生活救助)' },
    MEDICAL: { description: 'Medical assistance (医疗救助)' },
    EDUCATION: { description: "Help with children's schooling (助学)" },
  },
});
