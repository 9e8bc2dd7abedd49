import { type AgreementVersion, inForceOn, matchRule, overlaps, type Presented, sourceMatches, withinScope } from './agreement';

const welder = { source: { kind: 'qualification', country: 'PL', code: '722204' }, target: { name: 'Schweißer/in', eqfLevel: 3 }, outcome: 'full' } as const;

function version(overrides: Partial<AgreementVersion> = {}): AgreementVersion {
  return { id: 'v1', agreementKey: 'pl-de', version: 1, effectiveFrom: '2027-01-01', effectiveTo: null, scope: { occupations: [], eqfLevels: [] }, rules: [welder], ...overrides };
}

const polishWelder: Presented = { kind: 'qualification', country: 'PL', code: '722204', name: 'Spawacz', eqfLevel: 3, occupations: ['7212'] };

describe('agreement versions', () => {
  it('are in force from their first day and no longer on their end day', () => {
    const closed = version({ effectiveTo: '2027-07-01' });
    expect([inForceOn(closed, '2026-12-31'), inForceOn(closed, '2027-01-01'), inForceOn(closed, '2027-06-30'), inForceOn(closed, '2027-07-01')]).toEqual([false, true, true, false]);
    expect(inForceOn(version(), '2099-01-01')).toBe(true);
  });

  it('overlap when some day is in force in both, and not when one ends the day the next begins', () => {
    expect(overlaps({ effectiveFrom: '2027-01-01', effectiveTo: '2027-07-01' }, { effectiveFrom: '2027-07-01', effectiveTo: null })).toBe(false);
    expect(overlaps({ effectiveFrom: '2027-01-01', effectiveTo: '2027-07-02' }, { effectiveFrom: '2027-07-01', effectiveTo: null })).toBe(true);
    expect(overlaps({ effectiveFrom: '2027-01-01', effectiveTo: null }, { effectiveFrom: '2026-01-01', effectiveTo: '2026-06-01' })).toBe(false);
    expect(overlaps({ effectiveFrom: '2027-01-01', effectiveTo: null }, { effectiveFrom: '2030-01-01', effectiveTo: null })).toBe(true);
  });

  it('decide with the version in force on the day of the decision', () => {
    const old = version({ id: 'old', effectiveTo: '2027-07-01', rules: [{ ...welder, outcome: 'conditional', conditions: { modules: ['DE-SAFE-01'] } }] });
    const current = version({ id: 'current', version: 2, effectiveFrom: '2027-07-01' });
    expect(matchRule([old, current], polishWelder, '2027-06-30')?.agreement.id).toBe('old');
    expect(matchRule([old, current], polishWelder, '2027-07-01')?.agreement.id).toBe('current');
    expect(matchRule([old, current], polishWelder, '2026-12-31')).toBeUndefined();
  });
});

describe('rule matching', () => {
  it('matches a foreign qualification by country and code, ignoring case and spaces', () => {
    expect(sourceMatches(welder.source, { ...polishWelder, country: 'PL', code: ' 722204 ' })).toBe(true);
    expect(sourceMatches(welder.source, { ...polishWelder, country: 'CZ' })).toBe(false);
    expect(sourceMatches(welder.source, { ...polishWelder, code: '722205' })).toBe(false);
    expect(sourceMatches(welder.source, { kind: 'qualification', country: 'PL', name: 'Spawacz', occupations: [] })).toBe(false);
  });

  it('matches by name only when the rule gives no code', () => {
    const byName = { kind: 'qualification', country: 'PL', name: 'spawacz' } as const;
    expect(sourceMatches(byName, { kind: 'qualification', country: 'PL', name: 'Spawacz', occupations: [] })).toBe(true);
    expect(sourceMatches(byName, { kind: 'qualification', country: 'PL', name: 'Ślusarz', occupations: [] })).toBe(false);
  });

  it('matches a credential by its definition code and its issuing municipality or country, never a qualification', () => {
    const credential: Presented = { kind: 'credential', credentialId: 'urn:uuid:1', issuerMunicipality: 'pl-zgorzelec', country: 'PL', code: 'WLD-101', occupations: [] };
    expect(sourceMatches({ kind: 'credential', issuer: 'pl-zgorzelec', code: 'WLD-101' }, credential)).toBe(true);
    expect(sourceMatches({ kind: 'credential', issuer: 'PL', code: 'WLD-101' }, credential)).toBe(true);
    expect(sourceMatches({ kind: 'credential', issuer: 'de-goerlitz', code: 'WLD-101' }, credential)).toBe(false);
    expect(sourceMatches({ kind: 'credential', issuer: 'PL', code: 'WLD-102' }, credential)).toBe(false);
    expect(sourceMatches({ kind: 'credential', issuer: 'PL', code: '722204' }, polishWelder)).toBe(false);
  });

  it('applies only within scope, where an empty list means all and an unknown level is out of a limited scope', () => {
    expect(withinScope({ occupations: [], eqfLevels: [] }, { ...polishWelder, eqfLevel: undefined })).toBe(true);
    expect(withinScope({ occupations: ['7212'], eqfLevels: [3, 4] }, polishWelder)).toBe(true);
    expect(withinScope({ occupations: ['7213'], eqfLevels: [] }, polishWelder)).toBe(false);
    expect(withinScope({ occupations: [], eqfLevels: [4] }, polishWelder)).toBe(false);
    expect(withinScope({ occupations: [], eqfLevels: [3] }, { ...polishWelder, eqfLevel: undefined })).toBe(false);
    expect(matchRule([version({ scope: { occupations: ['7213'], eqfLevels: [] } })], polishWelder, '2027-02-01')).toBeUndefined();
  });

  it('cites the first matching rule of the version in force', () => {
    const rules = [{ ...welder, source: { kind: 'qualification', country: 'CZ', code: '1' } } as const, welder];
    expect(matchRule([version({ rules })], polishWelder, '2027-02-01')).toMatchObject({ agreement: { id: 'v1' }, ruleIndex: 1, rule: welder });
  });
});
