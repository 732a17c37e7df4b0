import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI_DIR = new URL('../../dist/tools/cli/', import.meta.url);

/** Every command-line tool, from the compiled folder (the helpers there are not commands). */
async function commands(): Promise<string[]> {
  const files = await readdir(CLI_DIR);
  return files.filter((file) => file.endsWith('.js') && file !== 'usage.js').sort();
}

it('has the commands the package scripts run', async () => {
  expect(await commands()).toEqual([
    'build-explorer.js',
    'compose.js',
    'demo.js',
    'export.js',
    'import.js',
    'indicators.js',
    'keys.js',
    'ledger.js',
    'start.js',
    'token.js',
  ]);
});

// A command reads its arguments before it loads what it runs, so `--help` answers without the
// hub's code; the walk still starts a Node process per command, so it is given minutes for a busy
// machine. Every command answers through the one `answerHelp`; `-h`, its short form, is asked of
// one.
it('every command answers --help with its usage and exits 0, and -h is --help', async () => {
  const asked = [
    ...(await commands()).map((command) => [command, '--help']),
    ['indicators.js', '-h'],
  ];
  for (const [command, flag] of asked) {
    const { stdout, stderr } = await run(
      process.execPath,
      [new URL(command!, CLI_DIR).pathname, flag!],
      { env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect({ command, flag, usage: stdout.startsWith('usage:'), stderr }).toEqual({
      command,
      flag,
      usage: true,
      stderr: '',
    });
  }
}, 300_000);

it('refuses an unknown option with the usage and exit code 2', async () => {
  const failed = await run(process.execPath, [
    new URL('token.js', CLI_DIR).pathname,
    '--nope',
  ]).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed?.code).toBe(2);
  expect(failed?.stderr).toMatch(/Unknown option '--nope'[\s\S]*usage: npm run token/);
});
