import { validate } from 'class-validator';
import { textProblem } from '../../../shared/input/text.js';
import { MoneyFormatError, parseYuan } from '../../../shared/money.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { EnumLabels } from './labels.js';
import { shownValue, type Problem } from './problems.js';

export type { ColumnSpec } from './header.js';
import { bindHeader, type Binding, type ColumnSpec } from './header.js';
import type { Cell, Sheet, SheetRow } from './sheet.js';

const LIST_SEPARATORS = /[;；、,，|\n]+/;
/** Excel counts days from 1899-12-30 (its serial numbers), up to 9999-12-31. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_LAST_DAY = 2_958_466;

/** Reads the cells of one row by column, collecting every problem rather than stopping. */
export class RowReader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly columns: Map<string, ColumnSpec>,
    private readonly binding: Binding,
    readonly row: SheetRow,
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** The column as this file names it, for reports. */
  field(key: string): string {
    return this.binding.header.get(key) ?? this.columns.get(key)?.headers[0] ?? key;
  }

  /** Whether the file has this column at all: a column left out leaves the field unchanged. */
  has(key: string): boolean {
    return this.binding.position.has(key);
  }

  cell(key: string): Cell {
    const position = this.binding.position.get(key);
    return position === undefined ? null : (this.row.cells[position] ?? null);
  }

  fail(key: string, message: string): void {
    const sensitive = this.columns.get(key)?.sensitive ?? false;
    this.problems.push({
      line: this.line,
      field: this.field(key),
      value: shownValue(this.cell(key), sensitive),
      message,
    });
  }

  failed(key: string): boolean {
    return this.problems.some((problem) => problem.field === this.field(key));
  }

  /** Text of a cell: undefined when the column is absent, null when empty (refused if required). */
  text(key: string): string | null | undefined {
    if (!this.has(key)) return undefined;
    const cell = this.cell(key);
    const text =
      cell == null
        ? ''
        : cell instanceof Date
          ? cell.toISOString().slice(0, 10)
          : String(cell).trim();
    // An apostrophe before a formula character is how exports keep spreadsheets from running a
    // cell; the value is what follows it.
    if (/^'[=+\-@]/.test(text)) return text.slice(1);
    // A NUL byte or a control character cannot be stored (PostgreSQL refuses NUL outright): the
    // cell is reported like any other bad value. Line breaks and tabs stay, as in a wrapped cell.
    const problem = textProblem(text, { freeText: true });
    if (problem) {
      this.fail(key, problem);
      return null;
    }
    if (text !== '') return text;
    if (this.columns.get(key)?.required) this.fail(key, 'required, but empty');
    return null;
  }

  /** A date `YYYY-MM-DD` from an Excel date, an Excel serial number, or text such as 2023/5/1 or 2023年5月1日. */
  date(key: string): string | null | undefined {
    const cell = this.cell(key);
    let text: string | null | undefined;
    if (cell instanceof Date) text = cell.toISOString().slice(0, 10);
    else if (typeof cell === 'number' && cell >= 1 && cell < EXCEL_LAST_DAY)
      text = new Date(EXCEL_EPOCH + Math.round(cell) * 86_400_000).toISOString().slice(0, 10);
    else text = this.text(key);
    if (text == null) return text;
    const parts = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
    const iso = parts
      ? `${parts[1]}-${(parts[2] ?? parts[4] ?? '').padStart(2, '0')}-${(parts[3] ?? parts[5] ?? '').padStart(2, '0')}`
      : text;
    try {
      return DateScalar.parseValue(iso);
    } catch {
      this.fail(key, 'not a calendar date: write it as YYYY-MM-DD, e.g. 2023-05-01');
      return null;
    }
  }

  /** Yuan with at most two decimals as integer fen; thousands separators, ¥ and 元 are allowed. */
  money(key: string): bigint | null | undefined {
    const cell = this.cell(key);
    const text = typeof cell === 'number' ? cell : this.text(key)?.replace(/[,，\s¥￥]|元$/g, '');
    if (text == null) return text;
    try {
      return parseYuan(text);
    } catch (error) {
      if (error instanceof MoneyFormatError) this.fail(key, error.message);
      else throw error;
      return null;
    }
  }

  /** One value of an enum, by its Chinese label or its name in the graph. */
  choice<T extends string>(key: string, labels: EnumLabels<T>): T | null | undefined {
    const text = this.text(key);
    if (text == null) return text;
    const value = labels.read(text);
    if (!value) this.fail(key, `not one of: ${labels.accepted}`);
    return value;
  }

  /** A list in one cell, separated by `;`, `、` or commas; with labels, each an enum value. */
  list(key: string): string[] | null | undefined {
    const text = this.text(key);
    return text == null
      ? text
      : [
          ...new Set(
            text
              .split(LIST_SEPARATORS)
              .map((part) => part.trim())
              .filter(Boolean),
          ),
        ];
  }

  choices<T extends string>(key: string, labels: EnumLabels<T>): T[] | null | undefined {
    const parts = this.list(key);
    if (parts == null) return parts;
    const unknown = parts.filter((part) => !labels.read(part));
    if (unknown.length) this.fail(key, `${unknown.join(', ')}: not one of ${labels.accepted}`);
    return [
      ...new Set(
        parts.map((part) => labels.read(part)).filter((value): value is T => value !== null),
      ),
    ];
  }

  /**
   * Runs the mutation's own input class through class-validator, so that a row passes exactly
   * the checks (identity numbers, credit codes, division codes, lengths) a mutation would.
   */
  async check(input: object): Promise<void> {
    for (const error of await validate(input, { forbidUnknownValues: false })) {
      if (!this.columns.has(error.property) || this.failed(error.property)) continue;
      const messages = Object.values(error.constraints ?? {});
      if (messages.length) this.fail(error.property, messages.join('; '));
    }
  }
}

/** Readers for every row of a sheet, with the header bound once. */
export function readRows(
  columns: ColumnSpec[],
  sheet: Sheet,
): { readers: RowReader[]; problems: Problem[] } {
  const { binding, problems } = bindHeader(columns, sheet);
  const byKey = new Map(columns.map((column) => [column.key, column]));
  return { readers: sheet.rows.map((row) => new RowReader(byKey, binding, row)), problems };
}
