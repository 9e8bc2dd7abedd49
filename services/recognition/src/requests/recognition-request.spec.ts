import type { AgreementRule } from '../agreements/agreement';
import { appeal, decideAppeal, decideByAgreement, decideByOfficer, type RequestState, RequestRuleBroken, UNDECIDED } from './recognition-request';

const NOW = new Date('2027-03-01T10:00:00.000Z');
const pending: RequestState = UNDECIDED;
const decided = { ...pending, ...decideByOfficer(pending, { outcome: 'denied', reasons: 'no match' }, 'officer-marta', NOW) };
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function refusal(work: () => unknown): RequestRuleBroken {
  try {
    work();
  } catch (error) {
    if (error instanceof RequestRuleBroken) return error;
  }
  throw new Error('expected the command to be refused');
}

describe('recognition request', () => {
  it('turns a conditional rule of an agreement into a decision citing it, with its conditions as measures', () => {
    const rule: AgreementRule = {
      source: { kind: 'qualification', country: 'PL', code: '722204' },
      target: { name: 'Schweißer/in', eqfLevel: 3 },
      outcome: 'conditional',
      conditions: { modules: ['DE-SAFE-01'], language: { code: 'de', cefr: 'B1' } },
    };
    const agreement = { id: 'a1', agreementKey: 'pl-de', version: 2, effectiveFrom: '2027-01-01', effectiveTo: null, scope: { occupations: [], eqfLevels: [] }, rules: [rule] };
    expect(decideByAgreement({ agreement, rule, ruleIndex: 0 }, NOW)).toMatchObject({
      outcome: 'conditional',
      basis: 'agreement',
      agreementId: 'a1',
      ruleIndex: 0,
      compensationMeasures: ['complete module DE-SAFE-01', 'language de at CEFR B1'],
      reasons: expect.stringContaining('agreement pl-de version 2, rule 1'),
      decidedBy: null,
    });
  });

  it('is decided by an officer once', () => {
    expect(decided).toMatchObject({ status: 'decided', outcome: 'denied', basis: 'officer', decidedBy: 'officer-marta' });
    expect(refusal(() => decideByOfficer(decided, { outcome: 'full', reasons: 'again' }, 'officer-jan', NOW)).refusal).toBe('conflict');
  });

  it('may be appealed once, up to the last moment of the window, and not after', () => {
    expect(appeal(decided, 'grounds', 'caseworker-anna', days(30), 30)).toMatchObject({ appealGrounds: 'grounds', appealedAt: days(30) });
    const late = refusal(() => appeal(decided, 'grounds', 'caseworker-anna', new Date(days(30).getTime() + 1), 30));
    expect(late.message).toBe('the appeal window of 30 days closed at 2027-03-31T10:00:00.000Z');
    const appealed = { ...decided, ...appeal(decided, 'grounds', 'caseworker-anna', days(1), 30) };
    expect(refusal(() => appeal(appealed, 'again', 'caseworker-anna', days(2), 30)).message).toMatch(/one appeal per decision/);
    expect(refusal(() => appeal(pending, 'grounds', 'caseworker-anna', NOW, 30)).refusal).toBe('conflict');
  });

  it('has its appeal reviewed by another officer, who may overturn it with a new outcome', () => {
    const appealed = { ...decided, ...appeal(decided, 'grounds', 'caseworker-anna', days(1), 30) };
    expect(refusal(() => decideAppeal(appealed, { appealOutcome: 'upheld', reasons: 'stands' }, 'officer-marta', days(2))).refusal).toBe('forbidden');
    const review = decideAppeal(appealed, { appealOutcome: 'overturned', outcome: 'full', reasons: 'certificate overlooked' }, 'officer-jan', days(2));
    expect(review).toMatchObject({ appealOutcome: 'overturned', outcome: 'full', compensationMeasures: null, appealDecidedBy: 'officer-jan' });
    expect(review.reasons).toBeUndefined();
    const reviewed = { ...appealed, ...review };
    expect(refusal(() => decideAppeal(reviewed, { appealOutcome: 'upheld', reasons: 'again' }, 'officer-ewa', days(3))).refusal).toBe('conflict');
  });
});
