import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { ReferralId } from '../intake/referral/referral-schemas';

const CredentialId = Type.String({ format: 'uuid' });
const CredentialCode = Type.String({ maxLength: 40, description: "The credential definition's code, e.g. WLD-101" });

/**
 * A credential the training node issued to a referred trainee, sent signed to the trainee's home
 * node so its caseworker sees it on the referral's timeline and can hand it on. Only while the
 * participant consents to progress sharing. The credential names its holder by a salted hash, never
 * by name.
 */
export const ReferralCredentialIssuedV1 = defineEvent({
  service: 'recognition',
  family: 'referral-credential',
  name: 'referral-credential-issued',
  version: 1,
  exchange: true,
  description:
    "A credential issued to a referred trainee, with the signed credential itself (VC-JOSE compact JWS), sent to the home node's inbox. " +
    'Sent only while the participant consents to progress sharing.',
  schema: Type.Object({
    referralId: ReferralId,
    credentialId: CredentialId,
    code: CredentialCode,
    title: Type.String({ maxLength: 200, description: "The credential's name as the issuing node displays it" }),
    issuedAt: Type.String({ format: 'date-time' }),
    validUntil: Type.Optional(Type.String({ format: 'date-time' })),
    credential: Type.String({
      maxLength: 65_536,
      pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
      description: 'The signed Open Badges 3.0 credential as its holder keeps it; any node verifies it with POST /verifications',
    }),
  }),
  example: {
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    credentialId: '7d6c5b4a-3928-4170-8e6d-5c4b3a291807',
    code: 'WLD-101',
    title: 'Workshop safety and MAG welding basics',
    issuedAt: '2027-01-15T10:00:00.000Z',
    credential: 'eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCJ9.eyJAY29udGV4dCI6W119.c2lnbmF0dXJl',
  },
});

/** The training node revoked a credential it had sent to the trainee's home node: it no longer verifies. */
export const ReferralCredentialRevokedV1 = defineEvent({
  service: 'recognition',
  family: 'referral-credential',
  name: 'referral-credential-revoked',
  version: 1,
  exchange: true,
  description: "A referred trainee's credential was revoked by the issuing node; sent to the home node while the participant consents to progress sharing.",
  schema: Type.Object({ referralId: ReferralId, credentialId: CredentialId, code: CredentialCode, revokedAt: Type.String({ format: 'date-time' }) }),
  example: {
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    credentialId: '7d6c5b4a-3928-4170-8e6d-5c4b3a291807',
    code: 'WLD-101',
    revokedAt: '2027-02-01T09:00:00.000Z',
  },
});
