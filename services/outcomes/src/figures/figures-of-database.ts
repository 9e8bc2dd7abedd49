import type { Sql } from '../projection/write-facts';
import { computeFigures, type Figures } from './figures';
import { figuresHash } from './figures-hash';
import { readFacts } from './read-facts';

/** The node's whole figures (no filter) as of a day, and their hash: what a replay must give again. */
export async function hashedFigures(sql: Sql, node: { municipality: string; minCell: number }, asOf: string): Promise<{ figures: Figures; hash: string }> {
  const figures = computeFigures(await readFacts(sql), { asOf }, node);
  return { figures, hash: figuresHash(figures) };
}
