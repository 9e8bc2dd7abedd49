import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'credential_shares' })
export class CredentialShareEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'credential_id' })
  credentialId!: string;

  /** SHA-256 of the link's token, hex. */
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
