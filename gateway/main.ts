import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../shared/config.js';
import { createLogger } from '../shared/logger.js';
import { createGateway } from './index.js';

// The gateway as its own process: serves the committed supergraph and routes each department to
// the URL its `<DEPARTMENT>_URL` variable gives.
const logger = createLogger('gateway');
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
const gateway = await createGateway({
  supergraphSdl: await readFile(resolve(config.SUPERGRAPH_PATH), 'utf8'),
  subgraphUrls: config.serviceUrls,
  host: config.HOST,
  port: config.GATEWAY_PORT,
  timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  logger,
  exposeInternals: config.NODE_ENV === 'development',
});
const stop = async () => {
  await gateway.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
