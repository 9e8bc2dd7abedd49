import { ageBandOn } from './participant-demographics.v1';

describe('ageBandOn', () => {
  const on = new Date('2026-06-15T12:00:00Z');

  it('counts completed years: the band changes on the birthday, not before', () => {
    expect(ageBandOn('2001-06-15', on)).toBe('25-34');
    expect(ageBandOn('2001-06-16', on)).toBe('under-25');
  });

  it.each([
    ['2010-01-01', 'under-25'],
    ['1992-03-01', '25-34'],
    ['1990-01-01', '35-44'],
    ['1980-01-01', '45-54'],
    ['1971-06-15', '55-plus'],
    ['1940-12-31', '55-plus'],
  ])('born %s is %s', (born, band) => {
    expect(ageBandOn(born, on)).toBe(band);
  });
});
