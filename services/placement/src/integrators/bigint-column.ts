/** PostgreSQL returns bigint as a string; these sequences stay far below 2^53. */
export const bigintColumn = { to: (value: number) => value, from: (value: string) => Number(value) };
