import { assertLinkOpen, assertOpen, linkExpiry, SurveyClosedError, SurveyNotDueError, wavesOf } from './survey';

const now = new Date('2027-03-01T10:00:00Z');
const open = { dueOn: '2027-03-01', answeredAt: null, linkExpiresAt: linkExpiry(now) };

describe('the satisfaction survey', () => {
  it('is due at completion and again 90 days later, across a month end', () => {
    expect(wavesOf('2027-01-15')).toEqual([
      { wave: 'completion', dueOn: '2027-01-15' },
      { wave: 'after-90-days', dueOn: '2027-04-15' },
    ]);
  });

  it('is open on its due date and not before', () => {
    expect(() => assertOpen(open, now)).not.toThrow();
    expect(() => assertOpen({ ...open, dueOn: '2027-03-02' }, now)).toThrow(SurveyNotDueError);
  });

  it('is answered once: an answered survey is closed, whatever its link', () => {
    expect(() => assertLinkOpen({ ...open, answeredAt: now }, now)).toThrow(new SurveyClosedError('answered'));
  });

  it('refuses a link once it has expired, or when none was made', () => {
    expect(() => assertLinkOpen(open, new Date(linkExpiry(now).getTime() - 1))).not.toThrow();
    expect(() => assertLinkOpen(open, linkExpiry(now))).toThrow(new SurveyClosedError('expired'));
    expect(() => assertLinkOpen({ ...open, linkExpiresAt: null }, now)).toThrow(new SurveyClosedError('expired'));
  });
});
