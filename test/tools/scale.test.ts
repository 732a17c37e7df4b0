import { generateScaleWorld, scaleCounts } from '../../tools/scale/generate.js';
import { parseDivisionCode } from '../../shared/validators/division-code.js';
import { validateIdentityNumber } from '../../shared/validators/identity-number.js';
import { validateCreditCode } from '../../shared/validators/credit-code.js';

describe('the synthetic province for load', () => {
  it('reaches 5,000 stations, 200,000 people and 1,000,000 records at the largest scale', () => {
    const counts = scaleCounts(10);
    const stations = counts.counties * counts.townshipsPerCounty * (1 + counts.villagesPerTownship);
    expect([stations, counts.people, counts.records]).toEqual([5_000, 200_000, 1_000_000]);
  });

  it('generates valid, unique identifiers at scale 1', () => {
    const world = generateScaleWorld(1);
    expect([world.stations.length, world.people.length, world.records.length]).toEqual([
      500, 20_000, 100_000,
    ]);
    for (const { code } of world.regions) expect(parseDivisionCode(code).ok).toBe(true);
    for (const agency of world.agencies)
      expect(validateCreditCode(agency.creditCode).ok).toBe(true);
    const identities = world.people.map((person) => person.identityNumber);
    expect(new Set(identities).size).toBe(identities.length);
    expect(identities.every((identity) => validateIdentityNumber(identity).ok)).toBe(true);
  });
});
