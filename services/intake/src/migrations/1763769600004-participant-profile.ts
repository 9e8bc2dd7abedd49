import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skills, education and work history as one row per participant (each list is replaced whole),
 * and prior-learning documents with their bytes. The checks repeat the API's rules so that no other
 * writer can store a document whose checksum does not match its bytes.
 */
export class ParticipantProfile1763769600004 implements MigrationInterface {
  name = 'ParticipantProfile1763769600004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE participant_profiles (
        participant_id uuid PRIMARY KEY REFERENCES participants (id),
        skills jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(skills) = 'array'),
        education jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(education) = 'array'),
        work_experience jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(work_experience) = 'array'),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE evidence_documents (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participants (id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('certificate', 'diploma', 'reference', 'portfolio', 'other')),
        issuer text CHECK (char_length(issuer) BETWEEN 1 AND 200),
        issued_on date,
        media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_at timestamptz NOT NULL,
        uploaded_by text NOT NULL,
        CHECK (octet_length(content) = size_bytes),
        CHECK (sha256 = encode(sha256(content), 'hex'))
      )`);
    // PDFs and images are compressed already: store them out of line without a second compression.
    await runner.query(`ALTER TABLE evidence_documents ALTER COLUMN content SET STORAGE EXTERNAL`);
    await runner.query(`CREATE INDEX evidence_documents_participant ON evidence_documents (participant_id, uploaded_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE evidence_documents`);
    await runner.query(`DROP TABLE participant_profiles`);
  }
}
