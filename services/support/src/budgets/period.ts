/** A span of days, both ends included; `YYYY-MM-DD` days compare as strings. */
export interface Period {
  from: string;
  to: string;
}

export function periodOf(row: { periodFrom: string; periodTo: string }): Period {
  return { from: row.periodFrom, to: row.periodTo };
}

export function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function contains(outer: Period, inner: Period): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}
