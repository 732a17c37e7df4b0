import type { LinkableRecords } from '../../shared/linked-records.js';

/** The trade union's records that a referral or a case may link: its assistance grants. */
export const tradeUnionLinkable: LinkableRecords<'TRADE_UNION'> = {
  UNION_ASSISTANCE_GRANT: {
    table: 'union_assistance',
    person: 'person_id',
    region: 'person_region_code',
    date: 'granted_on',
  },
};
