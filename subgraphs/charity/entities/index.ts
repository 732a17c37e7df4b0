import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import { LedgerOutboxEntry } from '../../../shared/ledger/outbox.entity.js';
import { registerFollowerEntities } from '../../../shared/register/entities.js';
import { CharityFund } from './charity-fund.entity.js';
import { CharityGrant } from './charity-grant.entity.js';
import { CharityVolunteer } from './charity-volunteer.entity.js';
import { Donation } from './donation.entity.js';
import { CharityFundKind, CharityRecipientKind } from './enums.js';

export {
  AccessLogEntry,
  CharityFund,
  CharityFundKind,
  CharityGrant,
  CharityRecipientKind,
  CharityVolunteer,
  Donation,
};

/** Every entity of the charity database, for the ORM. */
export const charityEntities = [
  CharityFund,
  Donation,
  CharityGrant,
  CharityVolunteer,
  AccessLogEntry,
  LedgerOutboxEntry,
  ...registerFollowerEntities,
];
