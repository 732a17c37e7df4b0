import { registerEnumType } from 'type-graphql';
import {
  UnionAssistanceKind,
  UnionServicePointKind,
  WorkerFileStatus,
  WorkerHardshipLevel,
  WorkerHardshipReason,
} from '../entities/enums.js';

// The entities' enums as the graph names and describes them. The API shapes import the enums
// from here, so that they are registered before any schema is built.
export {
  UnionAssistanceKind,
  UnionServicePointKind,
  WorkerFileStatus,
  WorkerHardshipLevel,
  WorkerHardshipReason,
};

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

registerEnumType(WorkerHardshipLevel, {
  name: 'WorkerHardshipLevel',
  description: 'Level of difficulty (困难程度)',
  valuesConfig: {
    ORDINARY: { description: 'In difficulty (一般困难)' },
    DEEP: { description: 'In deep difficulty (深度困难)' },
  },
});

registerEnumType(WorkerFileStatus, {
  name: 'WorkerFileStatus',
  description: 'Status of a worker-in-difficulty file (档案状态)',
  valuesConfig: {
    OPEN: { description: 'On file (在档)' },
    CLOSED: { description: 'Out of difficulty (已解困)' },
  },
});

registerEnumType(UnionServicePointKind, {
  name: 'UnionServicePointKind',
  description: 'Kind of union service point (职工服务站点类型)',
  valuesConfig: {
    WORKERS_HOME: { description: "Workers' home (职工之家)" },
    SERVICE_STATION: { description: 'Union service station (工会服务站)' },
    CARE_POST: { description: 'Outdoor workers care post (爱心驿站)' },
  },
});

registerEnumType(UnionAssistanceKind, {
  name: 'UnionAssistanceKind',
  description: 'Kind of union assistance (帮扶救助类型)',
  valuesConfig: {
    LIVING: { description: 'Living assistance (生活救助)' },
    MEDICAL: { description: 'Medical assistance (医疗救助)' },
    EDUCATION: { description: "Help with children's schooling (助学)" },
  },
});
