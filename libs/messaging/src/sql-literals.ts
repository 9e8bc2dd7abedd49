/**
 * Outbox ids as an array literal, for a statement that shares its round trip with others (a query of
 * several statements takes no parameters). The ids come from the outbox's bigint column; anything
 * else is refused rather than written into SQL.
 */
export function bigintArray(ids: string[]): string {
  const notAnId = ids.find((id) => !/^\d{1,19}$/.test(id));
  if (notAnId !== undefined) throw new TypeError(`not an outbox id: ${JSON.stringify(notAnId)}`);
  return `'{${ids.join(',')}}'::bigint[]`;
}
