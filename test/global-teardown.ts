import pg from 'pg';
import type { RunningPostgres } from '../shared/db/embedded.js';
import type { SharedReadOnlyHubs } from './global-setup.js';

/** Stops a shared hub's process, and kills it if it has not stopped within a minute. */
function stopped(child: SharedReadOnlyHubs['processes'][number]): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    if (child.connected) child.send('stop');
    else child.kill('SIGTERM');
  });
}

export default async function globalTeardown(): Promise<void> {
  const shared = (globalThis as { hubTestShared?: SharedReadOnlyHubs }).hubTestShared;
  if (shared) {
    await Promise.all(shared.processes.map(stopped));
    // Leaves nothing behind on a server the run did not start.
    const admin = new pg.Client({ ...shared.server, database: 'postgres' });
    await admin.connect();
    for (const database of shared.databases) {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
    await admin.end();
  }
  await (globalThis as { hubTestPostgres?: RunningPostgres }).hubTestPostgres?.stop();
}
