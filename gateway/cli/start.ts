import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../shared/config.js';
import { createLogger } from '../../shared/logger.js';
import { startHub } from '../hub.js';

// `npm start`: the whole hub in one process, stopped cleanly on Ctrl-C, on SIGTERM and on a crash.
const logger = createLogger('hub');
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

const hub = await startHub({ config, logger }).catch((error: unknown) => {
  logger.fatal({ err: error }, 'the hub could not start');
  process.exit(1);
});

const subgraphLines = Object.entries(hub.subgraphs).map(
  ([name, running]) => `  ${name.padEnd(22)} ${running.url}`,
);
process.stdout.write(
  [
    '',
    'Social work station hub is running.',
    `  gateway and explorer   ${hub.gatewayUrl}`,
    `  gateway health         ${new URL('/health', hub.gatewayUrl).href}`,
    ...subgraphLines,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

let exiting = false;
async function shutdown(code: number): Promise<void> {
  if (exiting) return;
  exiting = true;
  logger.info('stopping');
  await hub.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  void shutdown(1);
});
process.on('unhandledRejection', (error) => {
  logger.fatal({ err: error }, 'unhandled rejection');
  void shutdown(1);
});
