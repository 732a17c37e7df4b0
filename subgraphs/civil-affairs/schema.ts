import { hasRole } from '../../shared/auth.js';
import { PERSON_READERS, STAFF_READERS } from '../../shared/department/access.js';
import type { CivilAffairsContext } from './loaders.js';
import type { DepartmentSchema } from '../../shared/subgraph.js';
import { toAgencyView } from './graphql/agency.js';
import { toPersonView } from './graphql/person.js';
import { RegionView, toRegionView } from './graphql/region.js';
import { ServiceProjectView, toReferencedProjectView } from './graphql/service-project.js';
import { toSocialWorkerView } from './graphql/social-worker.js';
import { toStationView } from './graphql/station.js';
import { AgencyResolver } from './resolvers/agency.resolver.js';
import { BenefitOverlapResolver } from './resolvers/benefit-overlap.resolver.js';
import { UnservedVillageResolver } from './resolvers/unserved-village.resolver.js';
import { BenefitResolver } from './resolvers/benefit.resolver.js';
import { CaseResolver } from './resolvers/case.resolver.js';
import { CaseStepResolver } from './resolvers/case-step.resolver.js';
import { ConsentResolver } from './resolvers/consent.resolver.js';
import { DuplicateResolver } from './resolvers/duplicate.resolver.js';
import { PersonMergeResolver } from './resolvers/person-merge.resolver.js';
import {
  HouseholdBenefitResolver,
  PersonBenefitResolver,
} from './resolvers/person-benefit.resolver.js';
import { PersonCaseWorkResolver } from './resolvers/person-case-work.resolver.js';
import { ReferralActionResolver } from './resolvers/referral-action.resolver.js';
import { ReferralResolver } from './resolvers/referral.resolver.js';
import { HouseholdResolver } from './resolvers/household.resolver.js';
import { IndicatorResolver } from './resolvers/indicator.resolver.js';
import { HouseholdChangeResolver } from './resolvers/household-change.resolver.js';
import { PersonHouseholdResolver } from './resolvers/person-household.resolver.js';
import { PersonResolver } from './resolvers/person.resolver.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import { ProjectLifecycleResolver } from './resolvers/project-lifecycle.resolver.js';
import { ProjectTermsResolver } from './resolvers/project-terms.resolver.js';
import { ProjectFundingResolver } from './resolvers/project-funding.resolver.js';
import { ServiceProjectResolver } from './resolvers/service-project.resolver.js';
import { ServiceRecordResolver } from './resolvers/service-record.resolver.js';
import { ServiceStatsResolver } from './resolvers/service-stats.resolver.js';
import { SocialWorkerResolver } from './resolvers/social-worker.resolver.js';
import { StationResolver } from './resolvers/station.resolver.js';
import { StationStandardsResolver } from './resolvers/station-standards.resolver.js';
import { StationOutOfStandardResolver } from './resolvers/station-out-of-standard.resolver.js';
import { SupervisionEventResolver } from './resolvers/supervision-event.resolver.js';
import { SocialWorkerDetailResolver } from './resolvers/social-worker-detail.resolver.js';
import { RegionWorkforceResolver } from './resolvers/region-workforce.resolver.js';
import { TemporaryAssistanceResolver } from './resolvers/temporary-assistance.resolver.js';
import { WebhookResolver } from './resolvers/webhook.resolver.js';

type Ctx = CivilAffairsContext;

/** The civil-affairs (民政) subgraph schema: owner of regions, stations, people and projects. */
export const civilAffairsSchema: DepartmentSchema = {
  resolvers: [
    RegionResolver,
    ServiceStatsResolver,
    IndicatorResolver,
    StationResolver,
    AgencyResolver,
    SocialWorkerResolver,
    PersonResolver,
    ServiceProjectResolver,
    ProjectLifecycleResolver,
    ProjectTermsResolver,
    ProjectFundingResolver,
    ServiceRecordResolver,
    TemporaryAssistanceResolver,
    WebhookResolver,
    PersonCaseWorkResolver,
    CaseResolver,
    CaseStepResolver,
    ConsentResolver,
    ReferralResolver,
    ReferralActionResolver,
    DuplicateResolver,
    PersonMergeResolver,
    PersonBenefitResolver,
    HouseholdBenefitResolver,
    BenefitResolver,
    BenefitOverlapResolver,
    UnservedVillageResolver,
    HouseholdResolver,
    HouseholdChangeResolver,
    PersonHouseholdResolver,
    StationStandardsResolver,
    StationOutOfStandardResolver,
    SupervisionEventResolver,
    SocialWorkerDetailResolver,
    RegionWorkforceResolver,
  ],
  // Civil affairs leads most projects: its own money in them is recorded as every department's.
  contributesTo: ServiceProjectView,
  fundingRegion: RegionView,
  referenceResolvers: {
    Region: {
      __resolveReference: async (ref: { code: string }, ctx: Ctx) =>
        viewOf(await ctx.loaders.region.load(ref.code), toRegionView),
    },
    Station: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        viewOf(await ctx.loaders.station.load(ref.id), toStationView),
    },
    Agency: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        viewOf(await ctx.loaders.agency.load(ref.id), toAgencyView),
    },
    // References pass the same checks as queries: region scope in the loaders, roles here.
    SocialWorker: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        hasRole(ctx.principal, STAFF_READERS)
          ? viewOf(await ctx.loaders.socialWorker.load(ref.id), toSocialWorkerView)
          : null,
    },
    Person: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        hasRole(ctx.principal, PERSON_READERS)
          ? viewOf(await ctx.loaders.person.load(ref.id), toPersonView)
          : null,
    },
    ServiceProject: {
      // For `funding`, the gateway sends each department's amount along with the key.
      __resolveReference: async (ref: { id: string } & Record<string, unknown>, ctx: Ctx) => {
        const project = await ctx.loaders.project.load(ref.id);
        return project ? toReferencedProjectView(project, ref) : null;
      },
    },
  },
};

/** The view of a record a loader found, or null. */
function viewOf<T, V>(record: T | null | undefined, toView: (record: T) => V): V | null {
  return record ? toView(record) : null;
}
