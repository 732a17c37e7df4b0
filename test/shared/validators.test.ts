import {
  creditCodeCheckCharacter,
  makeCreditCode,
  validateCreditCode,
} from '../../shared/validators/credit-code.js';
import {
  divisionsAbove,
  isWithin,
  parseDivisionCode,
  townshipKind,
  villageKind,
} from '../../shared/validators/division-code.js';
import {
  ageOn,
  identityNumberCheckCharacter,
  makeIdentityNumber,
  validateIdentityNumber,
} from '../../shared/validators/identity-number.js';

describe('identity numbers (GB 11643)', () => {
  it("accepts the standard's own example and reads birth date and sex from it", () => {
    expect(validateIdentityNumber('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
    });
    expect(identityNumberCheckCharacter('11010519491231002')).toBe('X');
  });

  it('normalises a lower-case x and surrounding spaces', () => {
    expect(validateIdentityNumber(' 11010519491231002x ')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('builds valid synthetic numbers whose sequence parity gives the sex', () => {
    const man = makeIdentityNumber('230127', '1950-06-01', 31);
    expect(man.slice(0, 17)).toBe('23012719500601031');
    expect(validateIdentityNumber(man)).toMatchObject({
      ok: true,
      sex: 'MALE',
      birthDate: '1950-06-01',
      regionCode: '230127',
    });
    expect(validateIdentityNumber(makeIdentityNumber('620723', '2012-02-29', 8))).toMatchObject({
      ok: true,
      sex: 'FEMALE',
      birthDate: '2012-02-29',
    });
  });

  it.each([
    ['110105194912310021', "check character should be 'X', got '1'"],
    ['1101051949123100', 'must have 18 characters, not 16'],
    ['1101051949123100211', 'must have 18 characters, not 19'],
    ['11010519490230002X', '19490230 is not a calendar date'],
    ['11010519491331002X', '19491331 is not a calendar date'],
    ['99010519491231002X', '99 is not a province code'],
    ['1101051949123A002X', 'the first 17 characters must be digits and the last a digit or X'],
    ['11010518991231002X', 'birth date 1899-12-31 is before 1900'],
  ])('refuses %s: %s', (value, reason) => {
    expect(validateIdentityNumber(value)).toEqual({ ok: false, reason });
  });

  it('refuses a birth date in the future', () => {
    const future = makeIdentityNumber('230127', '2020-01-01', 1).replace('20200101', '20990101');
    const fixed = future.slice(0, 17) + identityNumberCheckCharacter(future.slice(0, 17));
    expect(validateIdentityNumber(fixed)).toEqual({
      ok: false,
      reason: 'birth date 2099-01-01 is in the future',
    });
  });

  it('counts age in completed years', () => {
    expect(ageOn('1950-06-01', '2026-05-31')).toBe(75);
    expect(ageOn('1950-06-01', '2026-06-01')).toBe(76);
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a valid code and reads its parts', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      registrationAuthority: '9',
      organisationType: '1',
      regionCode: '350100',
    });
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('builds valid synthetic codes for social service organisations', () => {
    const code = makeCreditCode('230127', 1);
    expect(code).toBe('52230127000000019L');
    expect(validateCreditCode(code.toLowerCase())).toMatchObject({
      ok: true,
      registrationAuthority: '5',
      organisationType: '2',
      regionCode: '230127',
    });
  });

  it.each([
    ['91350100M000100Y42', "check character should be '3', got '2'"],
    ['91350100M000100Y4', 'must have 18 characters, not 17'],
    ['91350100M000I00Y43', "'I' is not allowed (digits and capitals except I, O, S, V, Z)"],
    ['913501A0M000100Y43', 'positions 3–8 must be a 6-digit division code, got 3501A0'],
  ])('refuses %s: %s', (value, reason) => {
    expect(validateCreditCode(value)).toEqual({ ok: false, reason });
  });
});

describe('division codes (GB/T 2260 and statistical codes)', () => {
  it.each([
    ['510000', 'PROVINCE', null, '51'],
    ['511400', 'CITY', '510000', '5114'],
    ['230127', 'COUNTY', '230100', '230127'],
    ['500110', 'COUNTY', '500100', '500110'],
    ['230127101', 'TOWNSHIP', '230127', '230127101'],
    ['620723101205', 'VILLAGE', '620723101', '620723101205'],
  ])('reads %s as a %s under %s', (code, level, parentCode, subtreePrefix) => {
    expect(parseDivisionCode(code)).toEqual({ ok: true, code, level, parentCode, subtreePrefix });
  });

  it.each([
    ['990000', '99 is not a province code'],
    ['51000', 'a division code has 6, 9 or 12 digits, not 5'],
    ['230127000', 'township part 000 is outside 001–599'],
    ['230127600', 'township part 600 is outside 001–599'],
    ['2301271012', 'a division code has 6, 9 or 12 digits, not 10'],
    ['510001', '510001 has a county part but no city part'],
    ['511400101', '511400 is not a county-level code'],
    ['23012a', '"23012a" must contain digits only'],
  ])('refuses %s: %s', (code, reason) => {
    expect(parseDivisionCode(code)).toEqual({ ok: false, reason });
  });

  it('reads the divisions above a division from its code, nearest first', () => {
    expect(divisionsAbove('620723101205')).toEqual(['620723101', '620723', '620700', '620000']);
    expect(divisionsAbove('230127')).toEqual(['230100', '230000']);
    expect(divisionsAbove('510000')).toEqual([]);
    expect(divisionsAbove('23012a')).toEqual([]);
  });

  it('tells whether a code lies in a subtree, and the kind of a unit', () => {
    expect(isWithin('230127101201', '230000')).toBe(true);
    expect(isWithin('230127101201', '230127')).toBe(true);
    expect(isWithin('620723101', '230127')).toBe(false);
    expect(isWithin('230127', 'bad')).toBe(false);
    expect([
      townshipKind('320585001'),
      townshipKind('230127100'),
      townshipKind('230127201'),
      townshipKind('230127450'),
    ]).toEqual(['STREET', 'TOWN', 'TOWNSHIP', 'OTHER']);
    expect([
      villageKind('230127100001'),
      villageKind('230127100201'),
      villageKind('230127100401'),
    ]).toEqual(['COMMUNITY', 'VILLAGE', 'OTHER']);
  });
});
