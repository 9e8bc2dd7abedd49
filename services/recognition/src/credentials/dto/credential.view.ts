import { ApiProperty } from '@nestjs/swagger';
import { decodeJwt } from 'jose';
import type { CredentialEntity } from '../credential.entity';

export type CredentialState = 'active' | 'suspended' | 'revoked' | 'expired';

export class CredentialView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) definitionId!: string;
  @ApiProperty({ enum: ['completion', 'manual'] }) basis!: 'completion' | 'manual';
  @ApiProperty() issuedAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) validUntil!: Date | null;
  @ApiProperty({ enum: ['active', 'suspended', 'revoked', 'expired'] }) state!: CredentialState;
  @ApiProperty({ description: 'The signed credential (VC-JOSE compact JWS): what the holder keeps and shows' }) jws!: string;
  @ApiProperty({ type: Object, description: 'The OpenBadgeCredential the JWS carries, for reading' }) credential!: Record<string, unknown>;

  static of(entity: CredentialEntity, now: Date): CredentialView {
    return Object.assign(new CredentialView(), {
      id: entity.id,
      definitionId: entity.definitionId,
      basis: entity.basis,
      issuedAt: entity.issuedAt,
      validUntil: entity.validUntil,
      state: stateOf(entity, now),
      jws: entity.jws,
      credential: decodeJwt(entity.jws),
    });
  }
}

function stateOf(entity: CredentialEntity, now: Date): CredentialState {
  if (entity.revokedAt) return 'revoked';
  if (entity.suspendedAt) return 'suspended';
  if (entity.validUntil && entity.validUntil <= now) return 'expired';
  return 'active';
}

export class HolderCredentialsView {
  @ApiProperty({ description: "The holder's code: give it to the participant; a verifier checks it against a credential" }) holderCode!: string | null;
  @ApiProperty({ type: [CredentialView] }) credentials!: CredentialView[];
}
