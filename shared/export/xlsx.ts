import { createWriteStream } from 'node:fs';
import type { CellValue, ExportColumn } from './columns.js';
import { ExportError } from './errors.js';

/** Rows of one worksheet, the header's included: Excel opens no more. */
export const XLSX_MAX_ROWS = 1_048_576;

/** Money as spreadsheets show amounts: thousands grouped, two decimals. */
const MONEY_FORMAT = '#,##0.00';

/** An `.xlsx` file being written a page at a time. */
export interface XlsxWriter {
  /** Appends rows of typed cells; refuses to grow past what Excel opens. */
  addRows(rows: CellValue[][]): Promise<void>;
  /** Finishes the workbook: until then the file is not a workbook. */
  close(): Promise<void>;
}

/** A worksheet name as Excel takes it: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'export';
}

/**
 * Starts a workbook of one worksheet at `file`: a bold header row that stays in view, then rows
 * committed as they come, so that a large export never sits in memory whole. Cells keep their
 * type: numbers stay numbers (money with two decimals) and text, dates included, stays text, so
 * Excel neither reads a date into its own calendar nor a code such as `230127` into a number. A
 * text cell is written as text, never as a formula, whatever it starts with.
 *
 * The spreadsheet library is loaded by the first workbook, not at start: a process that never
 * writes one does not carry its modules (9 MB of heap).
 */
export async function openXlsx(
  file: string,
  columns: ExportColumn[],
  name = 'export',
): Promise<XlsxWriter> {
  const { default: ExcelJS } = await import('exceljs');
  // The file's stream is ours, so that a write that fails (a full disk) fails the export rather
  // than the process.
  const stream = createWriteStream(file, { mode: 0o600 });
  let failed: Error | undefined;
  stream.on('error', (error) => (failed ??= error));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    key: column.name,
    width: Math.min(Math.max(column.name.length + 2, 12), 60),
  }));
  const header = sheet.addRow(columns.map((column) => column.name));
  header.font = { bold: true };
  header.commit();
  const money = columns.flatMap((column, index) => (column.type === 'Money' ? [index + 1] : []));
  let written = 1;
  return {
    async addRows(rows) {
      if (failed) throw failed;
      if (written + rows.length > XLSX_MAX_ROWS) {
        throw new ExportError(
          `more than ${XLSX_MAX_ROWS - 1} rows do not fit one worksheet: export CSV instead`,
        );
      }
      for (const cells of rows) {
        const row = sheet.addRow(cells);
        for (const index of money) row.getCell(index).numFmt = MONEY_FORMAT;
        row.commit();
      }
      written += rows.length;
    },
    async close() {
      if (failed) throw failed;
      sheet.commit();
      await workbook.commit();
    },
  };
}
