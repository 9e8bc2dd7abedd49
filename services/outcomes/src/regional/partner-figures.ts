import type { Static } from '@sinclair/typebox';
import type { RegionalFiguresV1 } from '@tandem/contracts';
import type { EntityManager } from 'typeorm';
import type { TownFigures } from './combine-region';

export type RegionalFiguresMessage = Static<(typeof RegionalFiguresV1)['schema']>;

/** Keeps a partner's figures unless newer ones are already here: messages may arrive out of order. */
export async function savePartnerFigures(manager: EntityManager, figures: RegionalFiguresMessage): Promise<void> {
  await manager.query(
    `INSERT INTO partner_figures (municipality, as_of, published_at, min_cell, tables) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (municipality) DO UPDATE
       SET as_of = excluded.as_of, published_at = excluded.published_at, min_cell = excluded.min_cell, tables = excluded.tables
       WHERE excluded.published_at > partner_figures.published_at`,
    [figures.municipality, figures.asOf, figures.publishedAt, figures.minCell, JSON.stringify(figures.tables)],
  );
}

export async function readPartnerFigures(manager: EntityManager): Promise<TownFigures[]> {
  const rows = (await manager.query(
    `SELECT municipality, as_of::text AS "asOf", to_json(published_at) #>> '{}' AS "publishedAt", min_cell AS "minCell", tables
       FROM partner_figures ORDER BY municipality`,
  )) as TownFigures[];
  return rows;
}
