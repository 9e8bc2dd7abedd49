/**
 * One cell of a figure before suppression: `n` people counted (a count, or the base of a rate, a
 * median or a cost per completer) and the figure's value. Cells of one table partition the people of
 * the table's total, which is what complementary suppression relies on. A partner's figures arrive
 * already suppressed; the region combines those cells (regional/combine-region.ts), not these.
 */
export interface Tally {
  category: string;
  n: number;
  value: number | null;
}

/** A cell as the figures show it: a suppressed cell shows neither its size nor its value. */
export interface Cell {
  category: string;
  n: number | null;
  value: number | null;
  suppressed: boolean;
}

/**
 * Primary suppression: a cell of 1 to `minCell - 1` people. Complementary suppression, within one table
 * whose cells add up to a total shown elsewhere: while a single cell is suppressed, or the suppressed
 * ones add up to fewer than `minCell` people, the smallest cell still shown (of at least one person) is
 * suppressed too, so the suppressed counts cannot be told from the total. Cells of zero people are shown:
 * they disclose no one.
 */
export function suppress(tallies: readonly Tally[], minCell: number, complementary: boolean): Cell[] {
  const hidden = new Set(tallies.filter((tally) => tally.n > 0 && tally.n < minCell).map((tally) => tally.category));
  const hiddenPeople = () => tallies.filter((tally) => hidden.has(tally.category)).reduce((sum, tally) => sum + tally.n, 0);
  while (complementary && hidden.size > 0 && (hidden.size === 1 || hiddenPeople() < minCell)) {
    const next = tallies
      .filter((tally) => tally.n > 0 && !hidden.has(tally.category))
      .sort((a, b) => a.n - b.n || a.category.localeCompare(b.category))[0];
    if (!next) break;
    hidden.add(next.category);
  }
  return tallies.map((tally) =>
    hidden.has(tally.category)
      ? { category: tally.category, n: null, value: null, suppressed: true }
      : { category: tally.category, n: tally.n, value: tally.value, suppressed: false },
  );
}
