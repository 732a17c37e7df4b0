import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { ImportRejected } from './problems.js';

/** A cell as read: text from CSV; text, numbers, dates or booleans from a workbook. */
export type Cell = string | number | Date | boolean | null;

export interface SheetRow {
  /** Line (CSV) or row number (XLSX) where the record starts, as the operator's editor shows it. */
  line: number;
  cells: Cell[];
}

/** The first sheet of a file: its header row and the records under it. */
export interface Sheet {
  headers: string[];
  headerLine: number;
  rows: SheetRow[];
}

const isBlank = (cells: Cell[]) =>
  cells.every((cell) => cell == null || String(cell).trim() === '');

function fileProblem(message: string, line = 0): ImportRejected {
  return new ImportRejected([{ line, field: '(file)', value: '', message }]);
}

/** The first non-blank record is the header; blank records (empty lines) are skipped. */
function toSheet(records: SheetRow[]): Sheet {
  const filled = records.filter((record) => !isBlank(record.cells));
  const [header, ...rows] = filled;
  if (!header) throw fileProblem('the file is empty: it needs a header row and rows under it');
  return {
    headers: header.cells.map((cell) => (cell == null ? '' : String(cell))),
    headerLine: header.line,
    rows,
  };
}

/**
 * Reads UTF-8 CSV, with or without a byte-order mark, quoted fields and line breaks inside
 * them. Each record keeps the line it starts on, so errors point where the operator looks.
 */
export function readCsv(buffer: Buffer): Sheet {
  let parsed: Array<{ record: string[]; raw: string; info: { bytes: number } }>;
  try {
    parsed = parse(buffer, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as never;
  } catch (error) {
    if (error instanceof CsvError) {
      throw fileProblem(`not readable as CSV: ${error.message}`, Number(error.lines ?? 0));
    }
    throw error;
  }
  const bomBytes = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  let cursor = bomBytes;
  let line = 1;
  const rows = parsed.map(({ record, raw, info }) => {
    let start = info.bytes - Buffer.byteLength(raw);
    while (buffer[start] === 0x0a || buffer[start] === 0x0d) start += 1;
    for (; cursor < start; cursor += 1) if (buffer[cursor] === 0x0a) line += 1;
    return { line, cells: record };
  });
  return toSheet(rows);
}

/** A workbook cell as a plain value: rich text joined, formulas by their result, links by text. */
function plainCell(value: CellValue): Cell {
  if (value == null) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainCell(value.result);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** Reads the first worksheet of an .xlsx workbook; dates may be real Excel dates or text. */
export async function readXlsx(buffer: Buffer): Promise<Sheet> {
  // Loaded by the first workbook read, not at start (9 MB of heap in a process that never reads one).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as never);
  } catch (error) {
    throw fileProblem(`not readable as an .xlsx workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileProblem('the workbook has no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(plainCell(row.getCell(column).value));
    }
    rows.push({ line, cells });
  });
  return toSheet(rows);
}

/** Reads a .csv or .xlsx file by its extension. */
export async function readSheetFile(path: string): Promise<Sheet> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw fileProblem(
      extension === '.xls'
        ? 'the old .xls format is not read: save the sheet as .xlsx or as CSV UTF-8'
        : `${path} is neither .csv nor .xlsx`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw fileProblem(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  return extension === '.csv' ? readCsv(buffer) : readXlsx(buffer);
}
