// The register's change log: civil affairs appends one row to `register_changes` (a bigserial
// `seq`) in the transaction that merges two entries of the register, or undoes a merge, and every
// other department follows the log in `seq` order to move its own records the same way.

/** What happened to the register. */
export type RegisterChangeKind = 'person.merged' | 'person.unmerged';

/** One change as the followers read it. */
export interface RegisterChange {
  /** Position in the log (a bigint, as text). */
  seq: string;
  kind: RegisterChangeKind;
  /** The merge the change makes or undoes. */
  mergeId: string;
  /** The entry that stays. */
  survivorId: string;
  /** The entry merged away into the survivor. */
  mergedId: string;
  /** The survivor's division of residence, which moved records take. */
  survivorRegionCode: string;
}

/** The checkpoint row of a department's follower: the log it follows. */
export const REGISTER_SOURCE = 'civil-affairs';
