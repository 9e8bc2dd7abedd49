import { suppress } from './cells';

const cells = (...sizes: Array<[string, number]>) => sizes.map(([category, n]) => ({ category, n, value: n }));

describe('suppressing small cells', () => {
  it('suppresses a cell of 3, showing neither its count nor its value', () => {
    const [shown, hidden] = suppress(cells(['female', 12], ['male', 3]), 5, false);
    expect(hidden).toEqual({ category: 'male', n: null, value: null, suppressed: true });
    expect(shown).toEqual({ category: 'female', n: 12, value: 12, suppressed: false });
  });

  it('shows a cell of exactly the threshold, and cells of nobody', () => {
    expect(suppress(cells(['female', 5], ['male', 0]), 5, false).map((cell) => cell.suppressed)).toEqual([false, false]);
  });

  it('suppresses the next smallest cell too when one suppressed cell could be told from the total', () => {
    const result = suppress(cells(['female', 40], ['male', 3], ['diverse', 0], ['undisclosed', 10]), 5, true);
    expect(result.filter((cell) => cell.suppressed).map((cell) => cell.category)).toEqual(['male', 'undisclosed']);
  });

  it('keeps suppressing while the suppressed cells add up to fewer people than the threshold', () => {
    const result = suppress(cells(['a', 1], ['b', 2], ['c', 6], ['d', 30]), 5, true);
    expect(result.filter((cell) => cell.suppressed).map((cell) => cell.category)).toEqual(['a', 'b', 'c']);
  });

  it('changes nothing when no cell is small', () => {
    expect(suppress(cells(['a', 6], ['b', 9]), 5, true).some((cell) => cell.suppressed)).toBe(false);
  });

  it('follows the configured threshold', () => {
    expect(suppress(cells(['a', 9]), 10, false)[0]?.suppressed).toBe(true);
  });
});
