import { PlacementRuleError } from '../placements/placement';
import { assertFeedbackDue } from './feedback-due';

describe('when employer feedback may be taken', () => {
  it('refuses it on the 89th day after the start, naming the day it opens', () => {
    expect(() => assertFeedbackDue('2027-01-01', '2027-03-31')).toThrow(new PlacementRuleError('employer feedback is taken from 90 days after the start, on 2027-04-01'));
  });

  it('takes it from the 90th day after the start on', () => {
    expect(() => assertFeedbackDue('2027-01-01', '2027-04-01')).not.toThrow();
    expect(() => assertFeedbackDue('2027-01-01', '2028-01-01')).not.toThrow();
  });
});
