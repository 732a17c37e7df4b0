import type { Problem } from './problems.js';
import type { Sheet } from './sheet.js';

/** A column of an import format. */
export interface ColumnSpec {
  /** The field of the mutation input it fills, e.g. `regionCode`, or the reference it names. */
  key: string;
  /** Headers accepted for it, Chinese first (written by the export and the samples), then English. */
  headers: string[];
  required: boolean;
  /** Holds personal data: masked in every report. */
  sensitive?: boolean;
}

/** Where each known column sits in this file, and under which header. */
export interface Binding {
  position: Map<string, number>;
  header: Map<string, string>;
}

/** Headers compare without spaces, case, `*` marks or a unit in brackets: `合同金额（元）`. */
const headerKey = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s*_-]/g, '')
    .toLowerCase();

/** Matches the header row to the columns; unknown, repeated and missing columns are problems. */
export function bindHeader(
  columns: ColumnSpec[],
  sheet: Sheet,
): { binding: Binding; problems: Problem[] } {
  const byHeader = new Map(
    columns.flatMap((column) => column.headers.map((h) => [headerKey(h), column])),
  );
  const binding: Binding = { position: new Map(), header: new Map() };
  const problems: Problem[] = [];
  const at = (value: string, message: string) =>
    problems.push({ line: sheet.headerLine, field: '(header)', value, message });
  sheet.headers.forEach((header, position) => {
    if (header.trim() === '') return;
    const column = byHeader.get(headerKey(header));
    if (!column)
      return at(
        header,
        `unknown column; expected: ${columns.map((c) => c.headers.join(' / ')).join(', ')}`,
      );
    if (binding.position.has(column.key))
      return at(header, `column ${column.headers[0]} appears twice`);
    binding.position.set(column.key, position);
    binding.header.set(column.key, header.trim());
  });
  for (const column of columns) {
    if (column.required && !binding.position.has(column.key)) {
      at(column.headers.join(' / '), `required column ${column.headers[0]} is missing`);
    }
  }
  return { binding, problems };
}
