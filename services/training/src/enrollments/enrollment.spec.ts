import { decideDrop, EnrollmentStateError, holdsPlace, nextInLine, placeFor } from './enrollment';

describe('waitlist rules', () => {
  it('gives places while the cohort has one, then the waitlist', () => {
    expect(placeFor(0, 12)).toBe('enrolled');
    expect(placeFor(11, 12)).toBe('enrolled');
    expect(placeFor(12, 12)).toBe('waitlisted');
    expect(placeFor(13, 12)).toBe('waitlisted');
  });

  it('counts enrolled and completed trainees as holding a place', () => {
    expect(holdsPlace('enrolled')).toBe(true);
    expect(holdsPlace('completed')).toBe(true);
    expect(holdsPlace('waitlisted')).toBe(false);
    expect(holdsPlace('dropped')).toBe(false);
  });

  it('promotes the first in line, ties broken by id', () => {
    const at = (iso: string) => new Date(iso);
    const waitlist = [
      { id: 'c', requestedAt: at('2026-11-02T10:00:00Z') },
      { id: 'b', requestedAt: at('2026-11-01T10:00:00Z') },
      { id: 'a', requestedAt: at('2026-11-01T10:00:00Z') },
    ];
    expect(nextInLine(waitlist)?.id).toBe('a');
    expect(nextInLine([])).toBeUndefined();
  });

  it('frees a place only when an enrolled trainee drops', () => {
    expect(decideDrop('enrolled')).toEqual({ freesPlace: true });
    expect(decideDrop('waitlisted')).toEqual({ freesPlace: false });
    expect(() => decideDrop('dropped')).toThrow(EnrollmentStateError);
    expect(() => decideDrop('completed')).toThrow(EnrollmentStateError);
  });
});
