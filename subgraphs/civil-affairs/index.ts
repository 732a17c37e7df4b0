import { subgraphModule } from '../../shared/subgraph.js';
import { startWebhookDelivery } from '../../shared/webhooks/delivery.js';
import type { DepartmentService } from '../../shared/departments.js';
import { startOverdueSweep } from './case-work/overdue.js';
import { databaseSource, startLedgerConsumer } from './ledger/consumer.js';
import { civilAffairsEntities } from './entities/index.js';
import { createCivilAffairsLoaders } from './loaders.js';
import { civilAffairsLinkable } from './linkable.js';
import { civilAffairsMigrations } from './migrations/index.js';
import { localOwnerLookup, mountReferenceEndpoint } from './owner.js';
import { civilAffairsSchema } from './schema.js';

/** The civil-affairs (民政) subgraph; nothing starts on import. */
export const civilAffairs = subgraphModule({
  department: 'CIVIL_AFFAIRS',
  entities: civilAffairsEntities,
  migrations: civilAffairsMigrations,
  schema: civilAffairsSchema,
  createLoaders: createCivilAffairsLoaders,
  linkable: civilAffairsLinkable,
  owner: {
    lookup: (em, grant) => localOwnerLookup(em, grant.principal),
    mountRoutes: mountReferenceEndpoint,
  },
  // Referrals notify the other departments' systems through the outbox their writes fill;
  // referrals left unanswered past their due date are marked overdue (which notifies too).
  background: ({ forkEntityManager, logger, webhooks, server, departmentDatabases }) => {
    const delivery = startWebhookDelivery({
      forkEntityManager,
      logger: logger.child({ component: 'webhooks' }),
      settings: webhooks,
    });
    const sweep = startOverdueSweep(
      forkEntityManager,
      logger.child({ component: 'referrals' }),
      webhooks.overdueSweepMs,
    );
    // Every department's benefit snapshots, applied to the ledger's read model.
    const ledger = startLedgerConsumer({
      forkEntityManager,
      sources: Object.entries(departmentDatabases).map(([service, database]) =>
        databaseSource(server, service as DepartmentService, database),
      ),
      logger: logger.child({ component: 'ledger' }),
      pollMs: webhooks.ledgerPollMs,
    });
    return {
      async stop() {
        await ledger.stop();
        await sweep.stop();
        await delivery.stop();
      },
    };
  },
});
