/** Reads PostgreSQL bigint (a string in pg) as a number: amounts stay far below 2^53 minor units. */
export const minorUnits = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
