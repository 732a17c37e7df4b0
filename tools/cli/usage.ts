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
