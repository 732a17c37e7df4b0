import type { EntityManager } from '@mikro-orm/postgresql';
import type { OwnerLookup } from './department/owner-facts.js';

import type { DepartmentCode } from './departments.js';
import type { ResponseNotice } from './notices.js';
import type { RecordsLookup } from './linked-records.js';

export type { DepartmentCode };

/** Who is asking: read from the principal header that only the gateway can sign. */
export interface Principal {
  subject: string;
  department: DepartmentCode;
  roles: string[];
  /** Division code of the subtree the principal may see. */
  regionCode: string;
}

/**
 * What every resolver receives: a forked entity manager (never the global one), loaders built
 * for this request only, the principal, and an id that ties logs and access records together.
 */
export interface HubContext<Loaders = unknown> {
  em: EntityManager;
  loaders: Loaders;
  principal: Principal;
  requestId: string;
  /** Why personal data may be revealed, as the client stated it (header `x-access-purpose`). */
  purpose: string | null;
  /**
   * Civil affairs, the owner of people, projects, stations and regions, answering for the caller:
   * every write that names one of them checks it here, never trusting what the client says.
   */
  owner: OwnerLookup;
  /**
   * The departments that keep linkable records (a rehabilitation service, a union grant, …),
   * each answering for its own records as the caller: a write that links one checks it here.
   * Other departments answer only in mutations sent to civil affairs, which carry a records grant.
   */
  records: RecordsLookup;
  /**
   * Notices the answer carries in `extensions.notices` beside its data, whatever the client
   * selected (a cash grant's warning of other departments' help); the gateway passes them on.
   */
  notices: ResponseNotice[];
}
