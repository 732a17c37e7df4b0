import { parseArgs } from 'node:util';

/**
 * Answers `--help` (or `-h`) with the command's usage on standard output and exits 0, before the
 * command reads its configuration or touches a database. Every command calls it first.
 */
export function answerHelp(usage: string): void {
  const args = process.argv.slice(2);
  if (!args.includes('--help') && !args.includes('-h')) return;
  process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
  process.exit(0);
}

/** Says what is wrong with the command line, then the usage, on standard error, and exits 2. */
export function usageError(message: string, usage: string): never {
  process.stderr.write(`${message}\n${usage.endsWith('\n') ? usage : `${usage}\n`}`);
  process.exit(2);
}

/**
 * The one thing a read model's command is asked to do, `--rebuild` or `--catch-up`, after
 * answering `--help`; anything else is a usage error.
 */
export function rebuildOrCatchUp(usage: string): 'rebuild' | 'catch-up' {
  answerHelp(usage);
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        rebuild: { type: 'boolean', default: false },
        'catch-up': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    usageError((error as Error).message, usage);
  }
  if (values.rebuild === values['catch-up']) usageError('say --rebuild or --catch-up', usage);
  return values.rebuild ? 'rebuild' : 'catch-up';
}
