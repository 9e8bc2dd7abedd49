import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each partner's newest figures, as it sent them: aggregates only, suppressed by the partner before they left. */
export class PartnerFigures1765000000002 implements MigrationInterface {
  name = 'PartnerFigures1765000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE partner_figures (
        municipality text PRIMARY KEY,
        as_of date NOT NULL,
        published_at timestamptz NOT NULL,
        min_cell integer NOT NULL,
        tables jsonb NOT NULL
      );
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE partner_figures');
  }
}
