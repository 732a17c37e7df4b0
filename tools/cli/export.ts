import 'reflect-metadata';
import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportCsv, type ExportSource } from '../../shared/export/csv.js';
import { flattenNode, planExport } from '../../shared/export/columns.js';
import { ExportError } from '../../shared/export/errors.js';
import { DEFAULT_EXPORT_PAGE_SIZE } from '../../shared/export/pager.js';
import { MAX_PAGE_SIZE } from '../../shared/page-size.js';
import { answerHelp, usageError } from './usage.js';
import { isImportKind, KIND_EXPORTS } from '../../subgraphs/civil-affairs/import/index.js';

// `npm run export -- <kind> <out.csv>` or `npm run export -- --query q.graphql --path stations <out.csv>`:
// a client of the gateway like any other, so access control and masking apply to what it writes.

const USAGE = `usage:
  npm run export -- <${Object.keys(KIND_EXPORTS).join('|')}> <out.csv|-> [--region CODE]
  npm run export -- --query FILE.graphql --path FIELD[.FIELD…] <out.csv|-> [--variables JSON]
options: --token JWT (or HUB_TOKEN)  --url URL (default http://127.0.0.1:4000/graphql)
         --purpose TEXT (x-access-purpose, to see personal data in full)  --page-size N (1–${MAX_PAGE_SIZE}, default ${DEFAULT_EXPORT_PAGE_SIZE})
`;

function usage(message: string): never {
  return usageError(message, USAGE);
}
answerHelp(USAGE);

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      token: { type: 'string' },
      url: { type: 'string', default: process.env.HUB_URL ?? 'http://127.0.0.1:4000/graphql' },
      purpose: { type: 'string' },
      region: { type: 'string' },
      query: { type: 'string' },
      path: { type: 'string' },
      variables: { type: 'string' },
      'page-size': { type: 'string', default: String(DEFAULT_EXPORT_PAGE_SIZE) },
    },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
const token = values.token ?? process.env.HUB_TOKEN;
if (!token)
  usage(
    'a token is needed: --token JWT or HUB_TOKEN (npm start prints some; npm run token makes others)',
  );
const pageSize = Number(values['page-size']);
if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
  usage(`--page-size must be 1–${MAX_PAGE_SIZE}`);

/** What to export: one of the import kinds, or any connection or list of a query file. */
async function chooseSource(): Promise<{ source: ExportSource; out: string }> {
  if (values.query) {
    const [out] = positionals;
    if (!values.path || !out || positionals.length !== 1)
      usage('--query needs --path and one output file');
    let variables: Record<string, unknown> = {};
    try {
      variables = values.variables ? (JSON.parse(values.variables) as Record<string, unknown>) : {};
    } catch {
      usage('--variables must be a JSON object');
    }
    const query = await readFile(values.query, 'utf8').catch(() =>
      usage(`cannot read ${values.query}`),
    );
    const plan = planExport(query, values.path);
    const header = plan.columns.map((column) => column.name);
    return {
      out,
      source: {
        query,
        path: values.path,
        header,
        variables,
        shape: plan.shape,
        record: (node) => flattenNode(node, header),
      },
    };
  }
  const [kind, out] = positionals;
  if (!kind || !out || positionals.length !== 2) usage('give a kind and an output file');
  if (!isImportKind(kind)) usage(`unknown kind ${kind}`);
  const variables = values.region ? { filter: { regionCode: values.region } } : {};
  return { out, source: { ...KIND_EXPORTS[kind], variables } };
}

try {
  const { source, out } = await chooseSource();
  const client = { url: values.url, token, purpose: values.purpose ?? null };
  // Written beside the target and renamed at the end: a failed export leaves no half file.
  const partial = `${out}.partial`;
  if (out !== '-') await writeFile(partial, '');
  const write = (chunk: string) =>
    out === '-' ? void process.stdout.write(chunk) : appendFile(partial, chunk);
  try {
    const rows = await exportCsv(client, source, write, {
      pageSize,
      onPage: (done) => process.stderr.isTTY && process.stderr.write(`\r${done} rows`),
    });
    if (out !== '-') await rename(partial, out);
    process.stderr.write(
      `${process.stderr.isTTY ? '\r' : ''}${rows} rows written to ${out === '-' ? 'standard output' : out}\n`,
    );
  } finally {
    if (out !== '-') await rm(partial, { force: true });
  }
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  process.stderr.write(`\nexport failed: ${error.message}\n`);
  process.exitCode = 1;
}
