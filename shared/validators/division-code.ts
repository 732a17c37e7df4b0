/** Two-digit province codes of GB/T 2260 (mainland provinces, Taiwan, Hong Kong, Macao). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export type DivisionCodeResult =
  | { ok: true; code: string; level: RegionLevel; parentCode: string | null; subtreePrefix: string }
  | { ok: false; reason: string };

const fail = (reason: string): DivisionCodeResult => ({ ok: false, reason });

function parseSixDigits(code: string): DivisionCodeResult {
  const province = code.slice(0, 2);
  const city = code.slice(2, 4);
  const county = code.slice(4, 6);
  if (!PROVINCE_CODES.has(province)) return fail(`${province} is not a province code`);
  if (city === '00' && county === '00') {
    return { ok: true, code, level: 'PROVINCE', parentCode: null, subtreePrefix: province };
  }
  if (city === '00') return fail(`${code} has a county part but no city part`);
  if (county === '00') {
    return {
      ok: true,
      code,
      level: 'CITY',
      parentCode: `${province}0000`,
      subtreePrefix: `${province}${city}`,
    };
  }
  return {
    ok: true,
    code,
    level: 'COUNTY',
    parentCode: `${province}${city}00`,
    subtreePrefix: code,
  };
}

/** Checks a 3-digit township or village part: 001–599 are assigned ranges, 000 and 600+ are not. */
function validPart(part: string): boolean {
  const value = Number(part);
  return value >= 1 && value <= 599;
}

/**
 * Reads a division code: 6 digits (GB/T 2260: province, city or county), 9 digits (township
 * statistical code) or 12 digits (village). Returns its level, parent and subtree prefix; the
 * subtree of a code is every code that starts with its prefix.
 */
export function parseDivisionCode(input: string): DivisionCodeResult {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return fail(`"${code}" must contain digits only`);
  if (code.length === 6) return parseSixDigits(code);
  if (code.length === 9 || code.length === 12) {
    const county = parseSixDigits(code.slice(0, 6));
    if (!county.ok) return county;
    if (county.level !== 'COUNTY') return fail(`${code.slice(0, 6)} is not a county-level code`);
    if (!validPart(code.slice(6, 9)))
      return fail(`township part ${code.slice(6, 9)} is outside 001–599`);
    if (code.length === 9) {
      return {
        ok: true,
        code,
        level: 'TOWNSHIP',
        parentCode: code.slice(0, 6),
        subtreePrefix: code,
      };
    }
    if (!validPart(code.slice(9, 12)))
      return fail(`village part ${code.slice(9, 12)} is outside 001–599`);
    return { ok: true, code, level: 'VILLAGE', parentCode: code.slice(0, 9), subtreePrefix: code };
  }
  return fail(`a division code has 6, 9 or 12 digits, not ${code.length}`);
}

/** True when `code` lies in the subtree of `scopeCode`, itself included. */
export function isWithin(code: string, scopeCode: string): boolean {
  const scope = parseDivisionCode(scopeCode);
  return scope.ok && code.startsWith(scope.subtreePrefix);
}

/** Kind of a township-level unit by its statistical code range. */
export function townshipKind(code9: string): 'STREET' | 'TOWN' | 'TOWNSHIP' | 'OTHER' {
  const part = Number(code9.slice(6, 9));
  if (part < 100) return 'STREET';
  if (part < 200) return 'TOWN';
  if (part < 400) return 'TOWNSHIP';
  return 'OTHER';
}

/** Kind of a village-level unit by its statistical code range. */
export function villageKind(code12: string): 'COMMUNITY' | 'VILLAGE' | 'OTHER' {
  const part = Number(code12.slice(9, 12));
  if (part < 200) return 'COMMUNITY';
  if (part < 400) return 'VILLAGE';
  return 'OTHER';
}

/**
 * The codes of the divisions above a division, nearest first, read from its code alone:
 * 330102001 → 330102, 330100, 330000. None for a code that does not parse.
 */
export function divisionsAbove(code: string): string[] {
  const above: string[] = [];
  for (let parsed = parseDivisionCode(code); parsed.ok && parsed.parentCode;) {
    above.push(parsed.parentCode);
    parsed = parseDivisionCode(parsed.parentCode);
  }
  return above;
}
