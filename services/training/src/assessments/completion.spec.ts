import { completionVerdict } from './completion';

describe('program completion', () => {
  const base = { required: ['m1', 'm2'], completed: ['m1', 'm2'], attendanceRate: 0.9, threshold: 0.8 };

  it('needs every required module and attendance at the threshold', () => {
    expect(completionVerdict(base)).toEqual({ complete: true });
    expect(completionVerdict({ ...base, attendanceRate: 0.8 })).toEqual({ complete: true });
  });

  it('names the modules still missing', () => {
    expect(completionVerdict({ ...base, completed: ['m2', 'optional'] })).toEqual({
      complete: false,
      missingModules: ['m1'],
      attendanceShort: false,
    });
  });

  it('holds back a trainee whose attendance is short or unknown', () => {
    expect(completionVerdict({ ...base, attendanceRate: 0.79 })).toMatchObject({ complete: false, attendanceShort: true });
    expect(completionVerdict({ ...base, attendanceRate: null })).toMatchObject({ complete: false, attendanceShort: true });
    expect(completionVerdict({ ...base, attendanceRate: null, threshold: 0 })).toEqual({ complete: true });
  });

  it('completes no one in a program that requires no module', () => {
    expect(completionVerdict({ ...base, required: [], completed: [] })).toMatchObject({ complete: false });
  });
});
