import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { answerHelp, usageError } from './usage.js';

// `npm run compose` writes supergraph.graphql; `--check` fails when the committed file is stale.
const USAGE = `usage: npm run compose             writes supergraph.graphql from the six subgraphs
       npm run compose:check       fails when the committed supergraph.graphql is stale
`;
answerHelp(USAGE);
const unknown = process.argv.slice(2).find((arg) => arg !== '--check');
if (unknown) usageError(`unknown argument ${unknown}`, USAGE);
// What the command runs is loaded once its arguments are read: `--help` answers at once.
const { composeHubSupergraph } = await import('../compose.js');
const target = resolve(process.env.SUPERGRAPH_PATH ?? 'supergraph.graphql');
const check = process.argv.includes('--check');
const composed = await composeHubSupergraph();
const committed = await readFile(target, 'utf8').catch(() => null);

if (check) {
  if (committed !== composed) {
    process.stderr.write(`${target} is stale: run \`npm run compose\` and commit the result.\n`);
    process.exit(1);
  }
  process.stdout.write(`${target} is up to date.\n`);
} else {
  await writeFile(target, composed);
  process.stdout.write(`${committed === composed ? 'unchanged' : 'wrote'} ${target}\n`);
}
