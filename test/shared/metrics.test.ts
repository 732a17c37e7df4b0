import { MAX_OPERATION_NAMES, ServiceMetrics } from '../../shared/observability/metrics.js';

it('bounds the operation names that clients can put into the metrics', () => {
  const metrics = new ServiceMetrics('gateway');
  expect(metrics.operationLabel(undefined)).toBe('anonymous');
  expect(metrics.operationLabel('RegionDashboard')).toBe('RegionDashboard');
  expect(metrics.operationLabel('drop table; --')).toBe('other');
  for (let i = 1; i < MAX_OPERATION_NAMES; i += 1) metrics.operationLabel(`Operation${i}`);
  expect(metrics.operationLabel('OneTooMany')).toBe('other');
  // Names already seen keep their own series.
  expect(metrics.operationLabel('RegionDashboard')).toBe('RegionDashboard');
  expect(metrics.operationLabel('Operation7')).toBe('Operation7');
});

it('reports the database pool in the Prometheus text format', async () => {
  const metrics = new ServiceMetrics('trade-union');
  metrics.observePool(async () => ({ total: 3, idle: 1, waiting: 2, max: 10 }));
  const text = await metrics.registry.metrics();
  expect(text).toContain('hub_db_pool_connections{state="waiting",service="trade-union"} 2');
  expect(text).toContain('hub_db_pool_connections{state="max",service="trade-union"} 10');
  expect(text).toContain('# TYPE hub_graphql_request_duration_seconds histogram');
});
