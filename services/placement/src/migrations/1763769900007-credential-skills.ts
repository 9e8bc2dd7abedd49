import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Credentials from recognition evidence skills beside passed modules. */
export class CredentialSkills1763769900007 implements MigrationInterface {
  name = 'CredentialSkills1763769900007';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE candidate_skills DROP CONSTRAINT candidate_skills_source_check`);
    await runner.query(`ALTER TABLE candidate_skills ADD CONSTRAINT candidate_skills_source_check CHECK (source IN ('module', 'credential'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM candidate_skills WHERE source = 'credential'`);
    await runner.query(`ALTER TABLE candidate_skills DROP CONSTRAINT candidate_skills_source_check`);
    await runner.query(`ALTER TABLE candidate_skills ADD CONSTRAINT candidate_skills_source_check CHECK (source IN ('module'))`);
  }
}
