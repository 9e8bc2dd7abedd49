import { createHash } from 'node:crypto';
import { displayTitle } from '@tandem/platform';
import type { CredentialDefinitionEntity } from '../definitions/credential-definition.entity';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** VC-JOSE-COSE: the credential is the JWS payload, typed so it is never mistaken for another token. */
export const CREDENTIAL_JWS_HEADER = { typ: 'vc+jwt', cty: 'vc' } as const;

export interface IssuerProfile {
  /** The node's URL from the federation file. */
  id: string;
  name: string;
}

export interface CredentialFacts {
  id: string;
  issuer: IssuerProfile;
  definition: Omit<CredentialDefinitionEntity, 'createdBy' | 'createdAt'>;
  /** The holder's code, kept by the holder; the credential carries only its salted hash. */
  holderCode: string;
  salt: string;
  issuedAt: Date;
  validUntil: Date | null;
  statusIndex: number;
}

export type StatusPurpose = 'revocation' | 'suspension';
export const STATUS_PURPOSES: readonly StatusPurpose[] = ['revocation', 'suspension'];

/** Where a node serves its status list of one purpose; credentials point here. */
export function statusListUrl(issuerUrl: string, purpose: StatusPurpose): string {
  return `${issuerUrl.replace(/\/$/, '')}/status-lists/${purpose}`;
}

/** OB 3.0 hashed identity: `sha256$` and the hex digest of the identifier followed by the salt. */
export function identityHash(holderCode: string, salt: string): string {
  return `sha256$${createHash('sha256').update(holderCode + salt).digest('hex')}`;
}

/**
 * An Open Badges 3.0 `OpenBadgeCredential` in the W3C VC 2.0 data model, unsigned. The holder is named
 * by a hashed identifier, not an email: many trainees have no stable address or phone number.
 */
export function openBadgeCredential(facts: CredentialFacts): Record<string, unknown> {
  const { definition, issuer } = facts;
  const base = issuer.id.replace(/\/$/, '');
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${facts.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
    name: displayTitle(definition.name),
    validFrom: facts.issuedAt.toISOString(),
    ...(facts.validUntil ? { validUntil: facts.validUntil.toISOString() } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash: identityHash(facts.holderCode, facts.salt), salt: facts.salt }],
      achievement: {
        id: `${base}/credential-definitions/${definition.id}`,
        type: ['Achievement'],
        achievementType: definition.kind === 'module' ? 'MicroCredential' : 'Certificate',
        humanCode: definition.code,
        name: displayTitle(definition.name),
        description: displayTitle(definition.description),
        criteria: { narrative: definition.criteria },
        ...(definition.ecvetPoints !== null ? { creditsAvailable: definition.ecvetPoints } : {}),
        alignment: alignmentsOf(definition),
      },
    },
    credentialStatus: STATUS_PURPOSES.map((purpose) => ({
      id: `${statusListUrl(issuer.id, purpose)}#${facts.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(facts.statusIndex),
      statusListCredential: statusListUrl(issuer.id, purpose),
    })),
  };
}

/** The EQF level, ESCO skills and ISCO occupations, as OB 3.0 alignments an employer's software can read. */
function alignmentsOf(definition: CredentialFacts['definition']): Array<Record<string, unknown>> {
  return [
    { type: ['Alignment'], targetName: `EQF level ${definition.eqfLevel}`, targetUrl: `http://data.europa.eu/snb/eqf/${definition.eqfLevel}`, targetFramework: 'EQF' },
    ...definition.skills.map((skill) => ({ type: ['Alignment'], targetName: 'ESCO skill', targetUrl: skill, targetFramework: 'ESCO', targetType: 'ceasn:Competency' })),
    ...definition.occupations.map((code) => ({
      type: ['Alignment'],
      targetName: `ISCO-08 ${code}`,
      targetUrl: `http://data.europa.eu/esco/isco/C${code}`,
      targetCode: code,
      targetFramework: 'ISCO-08',
    })),
  ];
}
