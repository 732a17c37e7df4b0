import { stringify } from 'csv-stringify/sync';
import type { ExportShape } from './columns.js';
import { pageThrough, type GatewayClient } from './pager.js';

/** What to page through and how each row becomes a CSV record. */
export interface ExportSource {
  query: string;
  path: string;
  header: string[];
  record(node: Record<string, unknown>): string[];
  variables?: Record<string, unknown>;
  /** A connection (the default) is paged; a list is asked once. */
  shape?: ExportShape;
}

/**
 * A byte-order mark first: without it Excel reads UTF-8 CSV as the local code page and Chinese
 * turns to mojibake. CRLF line ends as RFC 4180 has them; fields quoted when they hold a comma,
 * a quote or a line break.
 */
const BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return first) gets an apostrophe in front, so that opening an export never runs what someone
 * typed into a name or an address. Numbers such as `-120.50` stay as they are. The import takes
 * the apostrophe off again, so the files still round-trip.
 */
export function inertCell(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || /^[+-]?\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** Records as CSV lines, every cell made inert. */
export function csvLines(records: string[][]): string {
  return records.length
    ? stringify(
        records.map((record) => record.map(inertCell)),
        { record_delimiter: 'windows' },
      )
    : '';
}

/** The start of a CSV file: the byte-order mark and the header line. */
export function csvHeader(header: string[]): string {
  return BOM + csvLines([header]);
}

/**
 * Pages through a connection (or asks for a list) at the gateway and writes it as CSV, a page at
 * a time, so that a large export never sits in memory whole. Returns the number of records written.
 */
export async function exportCsv(
  client: GatewayClient,
  source: ExportSource,
  write: (chunk: string) => void | Promise<void>,
  options: { pageSize?: number; onPage?: (rows: number) => void } = {},
): Promise<number> {
  await write(csvHeader(source.header));
  let rows = 0;
  const pages = pageThrough(client, source.query, source.path, {
    ...(source.variables ? { variables: source.variables } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(source.shape ? { shape: source.shape } : {}),
  });
  for await (const { nodes } of pages) {
    if (nodes.length) await write(csvLines(nodes.map((node) => source.record(node))));
    rows += nodes.length;
    options.onPage?.(rows);
  }
  return rows;
}
