/** Characters of GB 32100 codes: digits and capitals without I, O, S, V, Z. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 32100 check character of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = Array.from(first17).reduce((total, character, index) => {
    const value = ALPHABET.indexOf(character);
    if (value < 0) throw new Error(`'${character}' is not a credit-code character`);
    return total + value * (WEIGHTS[index] as number);
  }, 0);
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

export type CreditCodeResult =
  | {
      ok: true;
      value: string;
      registrationAuthority: string;
      organisationType: string;
      regionCode: string;
    }
  | { ok: false; reason: string };

/**
 * Checks a unified social credit code (GB 32100-2015): 18 characters from its alphabet, a 6-digit
 * division code in positions 3–8, and the check character.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18)
    return { ok: false, reason: `must have 18 characters, not ${value.length}` };
  const stray = Array.from(value).find((character) => !ALPHABET.includes(character));
  if (stray)
    return {
      ok: false,
      reason: `'${stray}' is not allowed (digits and capitals except I, O, S, V, Z)`,
    };
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return {
      ok: false,
      reason: `positions 3–8 must be a 6-digit division code, got ${value.slice(2, 8)}`,
    };
  }
  const expected = creditCodeCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return { ok: false, reason: `check character should be '${expected}', got '${value[17]}'` };
  }
  return {
    ok: true,
    value,
    registrationAuthority: value[0] as string,
    organisationType: value[1] as string,
    regionCode: value.slice(2, 8),
  };
}

/** The GB 11714 check character of an 8-digit organisation code body. */
function organisationCheck(body: string): string {
  const sum = Array.from(body).reduce(
    (total, digit, index) => total + Number(digit) * (ORGANISATION_WEIGHTS[index] as number),
    0,
  );
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A valid synthetic credit code, for demo data: '52' marks a social service organisation
 * registered with civil affairs; the organisation code is derived from the serial.
 */
export function makeCreditCode(
  regionCode: string,
  serial: number,
  registrationAuthority = '5',
  organisationType = '2',
): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`region code ${regionCode} must have 6 digits`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999)
    throw new Error(`serial ${serial} must be 0–99999999`);
  const body = String(serial).padStart(8, '0');
  const first17 = `${registrationAuthority}${organisationType}${regionCode}${body}${organisationCheck(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
