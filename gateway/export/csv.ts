import { stringify } from 'csv-stringify/sync';
import { pageThrough, type GatewayClient } from './pager.js';

/** What to page through and how each node becomes a CSV record. */
export interface ExportSource {
  query: string;
  path: string;
  header: string[];
  record(node: Record<string, unknown>): string[];
  variables?: Record<string, unknown>;
}

/**
 * A byte-order mark first: without it Excel reads UTF-8 CSV as the local code page and Chinese
 * turns to mojibake. CRLF line ends as RFC 4180 has them; fields quoted when they hold a comma,
 * a quote or a line break.
 */
const BOM = '\uFEFF';
const lines = (records: string[][]) => stringify(records, { record_delimiter: 'windows' });

/**
 * Pages through a connection at the gateway and writes it as CSV, a page at a time, so that a
 * large export never sits in memory whole. Returns the number of records written.
 */
export async function exportCsv(
  client: GatewayClient,
  source: ExportSource,
  write: (chunk: string) => void | Promise<void>,
  options: { pageSize?: number; onPage?: (rows: number) => void } = {},
): Promise<number> {
  await write(BOM + lines([source.header]));
  let rows = 0;
  const pages = pageThrough(client, source.query, source.path, {
    ...(source.variables ? { variables: source.variables } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  for await (const nodes of pages) {
    if (nodes.length) await write(lines(nodes.map((node) => source.record(node))));
    rows += nodes.length;
    options.onPage?.(rows);
  }
  return rows;
}
