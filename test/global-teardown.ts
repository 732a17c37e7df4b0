import type { RunningPostgres } from '../shared/db/embedded.js';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { hubTestPostgres?: RunningPostgres }).hubTestPostgres?.stop();
}
