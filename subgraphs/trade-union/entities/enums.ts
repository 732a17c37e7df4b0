/** Why a worker is in difficulty (致困原因). */
export enum WorkerHardshipReason {
  ILLNESS = 'ILLNESS',
  DISABILITY = 'DISABILITY',
  UNEMPLOYMENT = 'UNEMPLOYMENT',
  LOW_WAGE = 'LOW_WAGE',
  ACCIDENT = 'ACCIDENT',
  FAMILY_HARDSHIP = 'FAMILY_HARDSHIP',
}

/** How deep the difficulty is (困难程度). */
export enum WorkerHardshipLevel {
  ORDINARY = 'ORDINARY',
  DEEP = 'DEEP',
}

/** Whether the file is open (在档) or the worker is out of difficulty (已解困). */
export enum WorkerFileStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Kind of union service point (职工服务站点). */
export enum UnionServicePointKind {
  WORKERS_HOME = 'WORKERS_HOME',
  SERVICE_STATION = 'SERVICE_STATION',
  CARE_POST = 'CARE_POST',
}

/** Kind of union assistance granted to a worker in difficulty (帮扶救助类型). */
export enum UnionAssistanceKind {
  LIVING = 'LIVING',
  MEDICAL = 'MEDICAL',
  EDUCATION = 'EDUCATION',
}
