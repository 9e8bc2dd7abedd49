/** Today in the user's own time zone, `YYYY-MM-DD`, as date inputs and the service write days. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current month, `YYYY-MM`. */
export function thisMonth(): string {
  return today().slice(0, 7);
}
