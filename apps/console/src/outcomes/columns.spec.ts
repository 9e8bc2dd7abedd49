import type { FigureTable } from '../api/outcomes';
import { categoriesOf, type Column, csvHeader, tableRows } from './columns';
import { csvText } from './csv';

const table = (breakdown: string, cells: FigureTable['cells']): FigureTable => ({ figure: 'completion-rate', detail: null, breakdown, cells });
const cell = (category: string, n: number | null, value: number | null, suppressed = false) => ({ category, n, value, suppressed });

const town: Column = { key: 'de', label: 'Görlitz', tables: [table('gender', [cell('female', 8, 0.75), cell('male', null, null, true)])] };
const partner: Column = { key: 'pl', label: 'Zgorzelec', tables: [table('gender', [cell('male', 6, 0.5), cell('diverse', 5, 0.4)])] };
const key = { figure: 'completion-rate', detail: null, breakdown: 'gender' };

describe('the figure tables', () => {
  it('list every category any column has, in the order they first appear', () => {
    expect(categoriesOf([town, partner], key)).toEqual(['female', 'male', 'diverse']);
  });

  it('give each column its n and value per row, say a cell was suppressed, and leave a missing cell empty', () => {
    expect(csvHeader([town, partner])).toEqual(['Görlitz n', 'Görlitz value', 'Zgorzelec n', 'Zgorzelec value']);
    expect(tableRows([town, partner], key)).toEqual([
      ['female', 8, 0.75, null, null],
      ['male', 'suppressed', null, 6, 0.5],
      ['diverse', null, null, 5, 0.4],
    ]);
  });

  it('are written as CSV a spreadsheet reads: UTF-8 marked, quoted where needed, CRLF lines', () => {
    expect(csvText([['a,b', 'say "hi"', null, 3]])).toBe('\ufeff"a,b","say ""hi""",,3\r\n');
  });
});
