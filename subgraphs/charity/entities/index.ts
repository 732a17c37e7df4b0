import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import {
  CharityFund,
  CharityFundKind,
  CharityGrant,
  CharityRecipientKind,
  CharityVolunteer,
  Donation,
} from './charity.entity.js';

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
];
