import { tallyAttendance } from './attendance-tally';

describe('attendance rate', () => {
  it('is present over present and absent; excused counts neither way', () => {
    expect(tallyAttendance(['present', 'present', 'absent', 'excused'])).toEqual({ present: 2, absent: 1, excused: 1, rate: 0.6667 });
  });

  it('is unknown until something counts', () => {
    expect(tallyAttendance([]).rate).toBeNull();
    expect(tallyAttendance(['excused']).rate).toBeNull();
  });
});
