import { buildFederatedSchema, type FederatedSchema } from '../../shared/federation.js';
import { hasRole } from '../../shared/auth.js';
import { PERSON_READERS, STAFF_READERS } from './access.js';
import type { CivilAffairsContext } from './loaders.js';
import { createAccessLogResolver } from '../../shared/audit/access-log.resolver.js';
import { AgencyResolver } from './resolvers/agency.resolver.js';
import { CONTRIBUTION_FIELDS, FundingResolver } from './resolvers/funding.resolver.js';
import { PersonResolver } from './resolvers/person.resolver.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import { ServiceProjectResolver } from './resolvers/service-project.resolver.js';
import { ServiceRecordResolver } from './resolvers/service-record.resolver.js';
import { SocialWorkerResolver } from './resolvers/social-worker.resolver.js';
import { StationResolver } from './resolvers/station.resolver.js';
import { TemporaryAssistanceResolver } from './resolvers/temporary-assistance.resolver.js';

type Ctx = CivilAffairsContext;

/** The civil-affairs (民政) subgraph schema: owner of regions, stations, people and projects. */
export function buildCivilAffairsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      RegionResolver,
      StationResolver,
      AgencyResolver,
      SocialWorkerResolver,
      PersonResolver,
      ServiceProjectResolver,
      ServiceRecordResolver,
      TemporaryAssistanceResolver,
      FundingResolver,
      createAccessLogResolver('accessLog', 'CIVIL_AFFAIRS', 'civil-affairs'),
    ],
    referenceResolvers: {
      Region: {
        __resolveReference: (ref: { code: string }, ctx: Ctx) => ctx.loaders.region.load(ref.code),
      },
      Station: {
        __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.station.load(ref.id),
      },
      Agency: {
        __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.agency.load(ref.id),
      },
      // References pass the same checks as queries: region scope in the loaders, roles here.
      SocialWorker: {
        __resolveReference: (ref: { id: string }, ctx: Ctx) =>
          hasRole(ctx.principal, STAFF_READERS) ? ctx.loaders.socialWorker.load(ref.id) : null,
      },
      Person: {
        __resolveReference: (ref: { id: string }, ctx: Ctx) =>
          hasRole(ctx.principal, PERSON_READERS) ? ctx.loaders.person.load(ref.id) : null,
      },
      ServiceProject: {
        // For `funding`, the gateway sends each department's amount along with the key.
        __resolveReference: async (ref: { id: string } & Record<string, unknown>, ctx: Ctx) => {
          const project = await ctx.loaders.project.load(ref.id);
          if (!project) return null;
          const required = Object.keys(CONTRIBUTION_FIELDS).filter((field) => field in ref);
          if (!required.length) return project;
          const copy = Object.assign(
            Object.create(Object.getPrototypeOf(project) as object) as object,
            project,
          );
          for (const field of required) (copy as Record<string, unknown>)[field] = ref[field];
          return copy;
        },
      },
    },
  });
}
