import type { Cell } from '../figures/cells';
import { combineCells, combineRegion, type TownFigures } from './combine-region';

const shown = (category: string, n: number, value: number | null): Cell => ({ category, n, value, suppressed: false });
const hidden = (category: string): Cell => ({ category, n: null, value: null, suppressed: true });

function town(municipality: string, tables: TownFigures['tables']): TownFigures {
  return { municipality, asOf: '2027-06-01', publishedAt: '2027-06-01T02:00:00.000Z', minCell: 5, tables };
}

describe('regional figures from the towns’ figures', () => {
  it('adds counts and weighs rates by the people each town counted', () => {
    expect(combineCells('all', [shown('all', 10, 10), shown('all', 30, 30)], 'sum')).toEqual(shown('all', 40, 40));
    expect(combineCells('all', [shown('all', 10, 0.5), shown('all', 30, 0.9)], 'weighted-mean')).toEqual(shown('all', 40, 0.8));
  });

  it('suppresses a region cell wherever one town suppressed its cell, so a town’s cell of 3 never shows', () => {
    expect(combineCells('diverse', [shown('diverse', 12, 12), hidden('diverse')], 'sum')).toEqual(hidden('diverse'));
  });

  it('leaves a town without the category out of a mean, and has no value when no town has a base', () => {
    expect(combineCells('x', [shown('x', 0, null), shown('x', 8, 0.25)], 'weighted-mean')).toEqual(shown('x', 8, 0.25));
    expect(combineCells('x', [shown('x', 0, null), shown('x', 0, null)], 'weighted-mean')).toEqual(shown('x', 0, null));
  });

  it('combines table by table and category by category, leaving out medians and figures it does not know', () => {
    const de = town('de-goerlitz', [
      { figure: 'enrolments', detail: null, breakdown: 'program', cells: [shown('p-de', 7, 7)] },
      { figure: 'median-wage-progression', detail: null, breakdown: 'total', cells: [shown('all', 7, 1.1)] },
      { figure: 'a-figure-of-a-newer-version', detail: null, breakdown: 'total', cells: [shown('all', 7, 1)] },
    ]);
    const pl = town('pl-zgorzelec', [{ figure: 'enrolments', detail: null, breakdown: 'program', cells: [shown('p-pl', 9, 9)] }]);
    expect(combineRegion([de, pl])).toEqual([{ figure: 'enrolments', detail: null, breakdown: 'program', cells: [shown('p-de', 7, 7), shown('p-pl', 9, 9)] }]);
  });
});
