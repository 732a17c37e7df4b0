import {
  chinaToday,
  dateBounds,
  dateBoundsProblem,
  parseCalendarDate,
} from '../../../shared/input/dates.js';

describe('calendar dates', () => {
  it('reads real days of the years 0001 to 9999', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('0001-01-01')).toBe('0001-01-01');
    expect(parseCalendarDate('9999-12-31')).toBe('9999-12-31');
  });

  it('refuses year 0000, impossible days and other forms', () => {
    expect(() => parseCalendarDate('0000-01-01')).toThrow('year 0000 does not exist');
    expect(() => parseCalendarDate('2023-02-29')).toThrow('not a day of the calendar');
    expect(() => parseCalendarDate('2023-13-01')).toThrow('not a day of the calendar');
    expect(() => parseCalendarDate('10000-01-01')).toThrow('not a date of the form YYYY-MM-DD');
    expect(() => parseCalendarDate('2023-5-1')).toThrow('not a date of the form');
    expect(() => parseCalendarDate(20230501)).toThrow('expected a date');
  });

  it('takes today in China, eight hours ahead of UTC', () => {
    expect(chinaToday(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(chinaToday(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });
});

describe('bounds of dates by kind', () => {
  const today = '2024-02-29';

  it('events: from the founding of the PRC to a year ahead', () => {
    expect(dateBounds('event', today)).toEqual(['1949-10-01', '2025-02-28']);
    expect(dateBoundsProblem('1949-10-01', 'event', today)).toBeNull();
    expect(dateBoundsProblem('1949-09-30', 'event', today)).toBe('1949-09-30 is before 1949-10-01');
    expect(dateBoundsProblem('1900-01-01', 'event', today)).not.toBeNull();
    expect(dateBoundsProblem('2025-02-28', 'event', today)).toBeNull();
    expect(dateBoundsProblem('9999-12-31', 'event', today)).toBe('9999-12-31 is after 2025-02-28');
  });

  it('ends of terms: up to twenty years ahead', () => {
    expect(dateBoundsProblem('2034-01-01', 'term', today)).toBeNull();
    expect(dateBoundsProblem('2045-01-01', 'term', today)).toMatch(/is after 2044-02-29/);
  });

  it('births: from 1900 to today', () => {
    expect(dateBoundsProblem('1900-01-01', 'birth', today)).toBeNull();
    expect(dateBoundsProblem('1899-12-31', 'birth', today)).toMatch(/before 1900-01-01/);
    expect(dateBoundsProblem('2024-03-01', 'birth', today)).toBe('2024-03-01 is in the future');
  });

  it('filters: any calendar date', () => {
    expect(dateBoundsProblem('0001-01-01', 'any', today)).toBeNull();
  });
});
