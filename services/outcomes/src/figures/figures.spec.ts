import type { EnrollmentFact, OutcomeFacts } from './outcome-facts';
import { computeFigures, type Figures } from './figures';
import { figuresHash } from './figures-hash';

const NODE = { municipality: 'de-goerlitz', minCell: 5 };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** `local` completers with a placement 30 days after completion, and `referred` trainees from a partner. */
function facts(local: number, referred: number): OutcomeFacts {
  const enrollments: EnrollmentFact[] = [];
  const placements = new Map();
  const participants = new Map();
  for (let i = 0; i < local + referred; i++) {
    const crossBorder = i >= local;
    enrollments.push({
      enrollmentId: id(i),
      programId: id(9000),
      participantId: crossBorder ? null : id(1000 + i),
      crossBorder,
      confirmedOn: '2027-01-04',
      completedOn: '2027-03-31',
      droppedOn: null,
      dropReason: null,
    });
    if (crossBorder) continue;
    participants.set(id(1000 + i), { gender: i % 2 ? 'male' : 'female', ageBand: '25-34', group: 'refugee' });
    placements.set(id(1000 + i), [{ placementId: id(2000 + i), participantId: id(1000 + i), startedOn: '2027-04-30', endedOn: null, checkpoints: {}, wages: [] }]);
  }
  const surveysByEnrollment = new Map(
    enrollments.slice(0, 6).map((enrollment, i) => [
      enrollment.enrollmentId,
      [{ enrollmentId: enrollment.enrollmentId, wave: 'completion' as const, scores: { quality: 3 + (i % 3), languageSupport: 4, fairness: 5, usefulness: 2 } }],
    ]),
  );
  return { enrollments, participants, placementsByParticipant: placements, supportByParticipant: new Map(), surveysByEnrollment };
}

const table = (figures: Figures, figure: string, breakdown: string) => figures.tables.find((t) => t.figure === figure && t.breakdown === breakdown);

describe('the figures of a node', () => {
  const figures = computeFigures(facts(12, 3), { asOf: '2028-01-01' }, NODE);

  it('counts enrolments by origin, suppressing the 3 cross-border trainees and, with them, the local cell the total would give away', () => {
    expect(table(figures, 'enrolments', 'total')?.cells).toEqual([{ category: 'all', n: 15, value: 15, suppressed: false }]);
    expect(table(figures, 'enrolments', 'origin')?.cells.map((cell) => [cell.category, cell.n, cell.suppressed])).toEqual([
      ['local', null, true],
      ['cross-border', null, true],
    ]);
  });

  it('rates placement within 90 days over the completers it can follow: referred trainees are placed at home', () => {
    expect(table(figures, 'placement-within-90-days', 'total')?.cells[0]).toMatchObject({ n: 12, value: 1 });
    expect(table(figures, 'placement-within-90-days', 'gender')?.cells.find((cell) => cell.category === 'female')).toMatchObject({ n: 6, value: 1 });
  });

  it('averages each survey question over the trainees who answered, and suppresses a group of fewer answers than the threshold', () => {
    const total = (detail: string) => figures.tables.find((t) => t.figure === 'satisfaction-at-completion' && t.breakdown === 'total' && t.detail === detail);
    expect(total('quality')?.cells[0]).toMatchObject({ n: 6, value: 4, suppressed: false });
    expect(total('fairness')?.cells[0]).toMatchObject({ n: 6, value: 5 });
    const byGender = figures.tables.find((t) => t.figure === 'satisfaction-at-completion' && t.breakdown === 'gender' && t.detail === 'quality');
    expect(byGender?.cells.filter((cell) => cell.category === 'female' || cell.category === 'male').map((cell) => cell.suppressed)).toEqual([true, true]);
    expect(figures.tables.find((t) => t.figure === 'satisfaction-after-90-days' && t.breakdown === 'total')?.cells[0]).toMatchObject({ n: 0, value: null });
  });

  it('never carries a participant, enrolment or placement id', () => {
    const text = JSON.stringify(figures);
    expect(text).not.toContain(id(1000));
    expect(text).not.toContain(id(2000));
    expect(text).not.toContain(id(0));
  });

  it('counts only enrolments confirmed in the period, and of the program asked for', () => {
    expect(table(computeFigures(facts(12, 3), { asOf: '2028-01-01', from: '2027-02-01' }, NODE), 'enrolments', 'total')?.cells[0]?.n).toBe(0);
    expect(table(computeFigures(facts(12, 3), { asOf: '2028-01-01', programId: id(9001) }, NODE), 'enrolments', 'total')?.cells[0]?.n).toBe(0);
  });

  it('hashes equal figures equally and different figures differently', () => {
    expect(figuresHash(computeFigures(facts(12, 3), { asOf: '2028-01-01' }, NODE))).toBe(figuresHash(figures));
    expect(figuresHash(computeFigures(facts(12, 4), { asOf: '2028-01-01' }, NODE))).not.toBe(figuresHash(figures));
  });
});
