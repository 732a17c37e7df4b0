import type { Opt } from '@mikro-orm/core';
import { PrimaryKey } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { KeyedRecord, WrittenRecord } from '../department/written.js';

// Ids are UUID v7: unique across departments, and ordered by creation time, which gives lists a
// stable keyset order. The keyed record repeats the id because it descends from the writer
// columns by another line.

/** Identity and writer of a department record. */
export abstract class DepartmentRecord extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();
}

/** Identity, writer and client key of a department record that a client may write again. */
export abstract class KeyedDepartmentRecord extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();
}
