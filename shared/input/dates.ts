/** A date that is not a calendar date the hub can store. */
export class DateFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateFormatError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a calendar date `YYYY-MM-DD`: a real day of a year from 0001 to 9999. Year 0000 does not
 * exist (1 BC is followed by AD 1), and PostgreSQL refuses it, so it is refused here first.
 */
export function parseCalendarDate(value: unknown): string {
  if (typeof value !== 'string') throw new DateFormatError('expected a date such as 2023-05-01');
  const match = ISO_DATE.exec(value);
  if (!match) throw new DateFormatError(`"${value}" is not a date of the form YYYY-MM-DD`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1) throw new DateFormatError(`year ${match[1]} does not exist`);
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new DateFormatError(`${value} is not a day of the calendar`);
  }
  return value;
}

/** Today in China (UTC+8, no daylight saving), as `YYYY-MM-DD`. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Adds whole years to a date, keeping 29 February on 28 February in other years. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const shownDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(shownDay).padStart(2, '0')}`;
}

/**
 * Kinds of dates the hub accepts, each with its own bounds:
 * - `event`: something that happened or is planned soon (a service, grant, contribution,
 *   certificate issued, enrolment, opening, closing): from the founding of the People's Republic,
 *   1949-10-01, to one year after today;
 * - `term`: the end of a term that may run for years (a contract, a certificate's validity): from
 *   1949-10-01 to twenty years after today;
 * - `birth`: a birth date: from 1900-01-01 to today;
 * - `any`: any calendar date (filters of lists and reports).
 */
export type DateKind = 'event' | 'term' | 'birth' | 'any';

/** The earliest event the hub records: the founding of the People's Republic of China. */
export const EARLIEST_EVENT = '1949-10-01';
/** The earliest birth date the hub accepts. */
export const EARLIEST_BIRTH = '1900-01-01';

/** The first and last date a kind accepts, relative to today in China. */
export function dateBounds(kind: DateKind, today: string = chinaToday()): [string, string] {
  switch (kind) {
    case 'event':
      return [EARLIEST_EVENT, addYears(today, 1)];
    case 'term':
      return [EARLIEST_EVENT, addYears(today, 20)];
    case 'birth':
      return [EARLIEST_BIRTH, today];
    case 'any':
      return ['0001-01-01', '9999-12-31'];
  }
}

/** What is wrong with a calendar date of the given kind, or null when it lies within its bounds. */
export function dateBoundsProblem(
  date: string,
  kind: DateKind,
  today: string = chinaToday(),
): string | null {
  const [first, last] = dateBounds(kind, today);
  if (date < first) return `${date} is before ${first}`;
  if (date > last) {
    return kind === 'birth' ? `${date} is in the future` : `${date} is after ${last}`;
  }
  return null;
}

/** The day `days` calendar days after `day` (`YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day `months` calendar months before `day` (`YYYY-MM-DD`). */
export function monthsBefore(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
