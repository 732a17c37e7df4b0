import { createConnection } from 'node:net';

/** The Redis the tests use when it answers; a fresh machine may have none. */
export const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis server answers at the URL (a PING within a second). */
export async function redisAnswers(url: string = REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * `describe` when Redis answers; otherwise `describe.skip`, with the reason printed once, so that a
 * machine without Redis runs everything else and says what it left out.
 */
export async function describeWithRedis(): Promise<jest.Describe> {
  if (await redisAnswers()) return describe;
  process.stderr.write(
    `Tests against Redis skipped: nothing answers at ${REDIS_URL} (start redis-server, or set HUB_TEST_REDIS_URL)\n`,
  );
  return describe.skip;
}
