import { type TProperties, Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { EscoSkillUri } from '../common-schemas';
import { TraineeRef } from '../training/training-schemas';

const Uuid = Type.String({ format: 'uuid' });

const EXAMPLE = {
  credentialId: '7d6c5b4a-3928-4170-8e6d-5c4b3a291807',
  definitionId: '4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d',
  holder: { participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11', homeMunicipality: 'pl-zgorzelec' },
};

/** An event of one credential, keyed by it: ids and dates, never the credential's content or the holder's name. */
function credentialEvent<P extends TProperties>(name: string, description: string, extra: P, example: Record<string, unknown>) {
  return defineEvent({
    service: 'recognition',
    family: 'credential',
    name,
    version: 1,
    description,
    schema: Type.Object({ credentialId: Uuid, definitionId: Uuid, holder: TraineeRef, ...extra }),
    example: { ...EXAMPLE, ...example } as never,
  });
}

export const CredentialIssuedV1 = credentialEvent(
  'credential-issued',
  'The node issued a signed Open Badges 3.0 credential: on a completed module or program, or by a recognition officer.',
  {
    issuedAt: Type.String({ format: 'date-time' }),
    validUntil: Type.Optional(Type.String({ format: 'date-time' })),
    basis: Type.Union([Type.Literal('completion'), Type.Literal('manual')]),
    code: Type.Optional(Type.String({ maxLength: 40, description: "The definition's code, e.g. WLD-101" })),
    skills: Type.Optional(Type.Array(EscoSkillUri, { maxItems: 50, description: 'ESCO skills the credential attests (added in a minor revision; optional)' })),
  },
  { issuedAt: '2027-01-15T10:00:00.000Z', basis: 'completion', code: 'WLD-101', skills: ['http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083'] },
);

export const CredentialRevokedV1 = credentialEvent(
  'credential-revoked',
  'A credential was revoked for good; its bit in the revocation status list is set.',
  { revokedAt: Type.String({ format: 'date-time' }), code: Type.Optional(Type.String({ maxLength: 40 })) },
  { revokedAt: '2027-02-01T09:00:00.000Z', code: 'WLD-101' },
);

export const CredentialSuspensionChangedV1 = credentialEvent(
  'credential-suspension-changed',
  'A credential was suspended, or its suspension lifted; its bit in the suspension status list follows.',
  { suspended: Type.Boolean(), changedAt: Type.String({ format: 'date-time' }) },
  { suspended: true, changedAt: '2027-02-01T09:00:00.000Z' },
);
