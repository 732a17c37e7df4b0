import { dateBounds } from '../input/dates.js';
import { PROVINCE_CODES } from './division-code.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function identityNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('the first 17 characters must be digits');
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11] as string;
}

export type IdentityNumberResult =
  | { ok: true; value: string; regionCode: string; birthDate: string; sex: 'MALE' | 'FEMALE' }
  | { ok: false; reason: string };

function calendarDate(yyyymmdd: string): string | null {
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/**
 * Checks a resident identity number (GB 11643-1999): 18 characters, a real birth date, a known
 * province, and the check character. Returns the normalised number with what it encodes.
 */
export function validateIdentityNumber(input: string): IdentityNumberResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18)
    return { ok: false, reason: `must have 18 characters, not ${value.length}` };
  if (!/^\d{17}[\dX]$/.test(value)) {
    return {
      ok: false,
      reason: 'the first 17 characters must be digits and the last a digit or X',
    };
  }
  if (!PROVINCE_CODES.has(value.slice(0, 2))) {
    return { ok: false, reason: `${value.slice(0, 2)} is not a province code` };
  }
  const birthDate = calendarDate(value.slice(6, 14));
  if (!birthDate) return { ok: false, reason: `${value.slice(6, 14)} is not a calendar date` };
  // The bounds of every birth date the hub takes, today counted in China.
  const [earliest, latest] = dateBounds('birth');
  if (birthDate < earliest) return { ok: false, reason: `birth date ${birthDate} is before 1900` };
  if (birthDate > latest) {
    return { ok: false, reason: `birth date ${birthDate} is in the future` };
  }
  const expected = identityNumberCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return { ok: false, reason: `check character should be '${expected}', got '${value[17]}'` };
  }
  return {
    ok: true,
    value,
    regionCode: value.slice(0, 6),
    birthDate,
    sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/** A valid synthetic identity number, for demo data: odd sequences are men, even women. */
export function makeIdentityNumber(
  regionCode: string,
  birthDate: string,
  sequence: number,
): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`region code ${regionCode} must have 6 digits`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || !calendarDate(birthDate.replaceAll('-', ''))) {
    throw new Error(`${birthDate} is not a date YYYY-MM-DD`);
  }
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new Error(`sequence ${sequence} must be 0–999`);
  }
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + identityNumberCheckCharacter(first17);
}

/** Age in completed years on a day, from a birth date (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
