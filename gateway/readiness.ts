import { checkWithin } from '../shared/observability/health.js';

/** Asks each subgraph whether it is ready; one that does not answer in time is down. */
export async function subgraphReadiness(urls: Record<string, string>, timeoutMs: number) {
  const entries = await Promise.all(
    Object.entries(urls).map(
      async ([name, url]) =>
        [
          name,
          await checkWithin(timeoutMs, async () => {
            const response = await fetch(new URL('/health/ready', url), {
              signal: AbortSignal.timeout(timeoutMs),
            });
            if (!response.ok) throw new Error(`${name} is not ready`);
          }),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}
