import { maskIdentityNumber } from '../access.js';

/** One thing wrong with one cell (or the header, or the file) of an imported sheet. */
export interface Problem {
  /** Line of the file (CSV) or row number (XLSX), counting the header as line 1. */
  line: number;
  /** The column as the file names it, e.g. `站点名称`, or `(file)` / `(header)`. */
  field: string;
  /** The cell as written, masked for personal data. */
  value: string;
  message: string;
}

/** The sheet was refused: nothing was written. Carries every problem found, not just the first. */
export class ImportRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the file; nothing was written`,
    );
    this.name = 'ImportRejected';
  }
}

/** Shows a cell in a report: identity numbers masked the way the graph masks them. */
export function shownValue(
  value: string | number | boolean | Date | null,
  sensitive = false,
): string {
  if (value == null) return '';
  const raw = value instanceof Date ? value.toISOString() : String(value);
  // Control characters are shown as escapes, so that a NUL in a cell is visible in the report
  // and does not garble the operator's terminal.
  const text = raw.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (!sensitive) return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return text.length >= 8 ? maskIdentityNumber(text) : '*'.repeat(text.length);
}

/** Columns a terminal needs for the text: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(width - displayWidth(text));

/**
 * The problems as an aligned table, one per line, ordered by line: what an operator fixes in the
 * spreadsheet before running the import again.
 */
export function formatProblems(problems: Problem[]): string {
  const rows = [...problems]
    .sort((a, b) => a.line - b.line)
    .map((problem) => [String(problem.line), problem.field, problem.value, problem.message]);
  const header = ['line', 'field', 'value', 'problem'];
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width, column) => '-'.repeat(column === 3 ? 7 : width)).join('  ');
  return [format(header), rule, ...rows.map(format)].join('\n');
}
