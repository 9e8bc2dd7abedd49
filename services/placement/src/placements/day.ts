/** Days are `YYYY-MM-DD` strings, counted in UTC, so a day's arithmetic never depends on the server's zone. */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return dayOf(at);
}

export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Why `day` is not between `earliest` and `latest`, both included, or null when it is. */
export function outsideDays(day: string, earliest: { day: string; what: string }, latest: { day: string; what: string }): string | null {
  if (day < earliest.day) return `must not be before ${earliest.what}, ${earliest.day}`;
  if (day > latest.day) return `must not be after ${latest.what}, ${latest.day}`;
  return null;
}
