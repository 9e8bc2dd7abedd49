import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One issued credential: the signed document as handed out, and its status. */
@Entity({ name: 'credentials' })
export class CredentialEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'definition_id' })
  definitionId!: string;

  @Column('uuid', { name: 'holder_id' })
  holderId!: string;

  @Column('text')
  basis!: 'completion' | 'manual';

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'valid_until', nullable: true })
  validUntil!: Date | null;

  @Column('integer', { name: 'status_index' })
  statusIndex!: number;

  /** The compact JWS (VC-JOSE): what the holder keeps and shows. */
  @Column('text')
  jws!: string;

  @Column('text', { name: 'issued_by' })
  issuedBy!: string;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revocation_reason', nullable: true })
  revocationReason!: string | null;

  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;
}
