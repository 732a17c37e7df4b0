import type { DepartmentService } from '../../shared/departments.js';
import { LedgerConsumerMetrics } from '../../shared/observability/metrics.js';
import type { BackgroundDeps } from '../../shared/subgraph.js';
import { startWebhookDelivery } from '../../shared/webhooks/delivery.js';
import { startOverdueSweep } from './case-work/overdue.js';
import { databaseSource, startLedgerConsumer } from './ledger/consumer.js';
import { databaseFeed, startIndicatorConsumer } from './indicators/consumer.js';

/**
 * What civil affairs does beside answering requests: it delivers the webhooks its writes queued,
 * marks referrals left unanswered past their due date overdue (which notifies too), and applies
 * every department's benefit snapshots to the ledger's read model and every department's facts
 * to the indicators' rollups.
 */
export function startCivilAffairsBackground(deps: BackgroundDeps): { stop(): Promise<void> } {
  const { forkEntityManager, logger, webhooks } = deps;
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
  const sources = Object.entries(deps.departmentDatabases).map(([service, database]) =>
    databaseSource(deps.server, service as DepartmentService, database),
  );
  const observer = new LedgerConsumerMetrics(deps.metrics.registry);
  observer.declare(sources.map((source) => source.department));
  const ledger = startLedgerConsumer({
    forkEntityManager,
    sources,
    logger: logger.child({ component: 'ledger' }),
    pollMs: webhooks.ledgerPollMs,
    observer,
  });
  const indicators = startIndicatorConsumer({
    forkEntityManager,
    feeds: Object.entries(deps.departmentDatabases).map(([service, database]) =>
      databaseFeed(deps.server, service as DepartmentService, database),
    ),
    logger: logger.child({ component: 'indicators' }),
    pollMs: webhooks.ledgerPollMs,
  });
  return {
    async stop() {
      await indicators.stop();
      await ledger.stop();
      await sweep.stop();
      await delivery.stop();
    },
  };
}
