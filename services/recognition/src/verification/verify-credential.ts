import { Inject, Injectable } from '@nestjs/common';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { Federation, type Municipality } from '@tandem/federation';
import { CLOCK, type Clock } from '@tandem/platform';
import { RecognitionConfig } from '../config';
import { identityHash, type StatusPurpose, statusListUrl, STATUS_PURPOSES } from '../credentials/open-badge';
import { NodeIssuer } from '../credentials/node-issuer';
import { statusBitAt } from '../status/bitstring';
import { StatusLists } from '../status/status-lists';
import { issuerIdOf, shapeProblems } from './credential-shape';
import { type CheckName, type CheckResult, type CheckView, VerificationReport } from './verification-report';

type Json = Record<string, unknown>;

const trimmed = (url: string) => url.replace(/\/$/, '');

class Checks {
  readonly list: CheckView[] = [];
  add(check: CheckName, result: CheckResult, detail: string): void {
    this.list.push({ check, result, detail });
  }
}

/**
 * Checks a credential from any member of the federation with nothing but the federation file: its shape,
 * its issuer, its signature and its dates; then its status, from this node's own records or from the
 * issuer's signed status list. Never throws on what it is given: garbage is an `invalid` report.
 */
@Injectable()
export class VerifyCredential {
  constructor(
    private readonly federation: Federation,
    private readonly self: NodeIssuer,
    private readonly statusLists: StatusLists,
    private readonly config: RecognitionConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(jws: string, holderCode?: string): Promise<VerificationReport> {
    const checks = new Checks();
    const unverified = decodeUnverified(jws);
    if (typeof unverified === 'string') {
      checks.add('format', 'failed', unverified);
      return VerificationReport.of(checks.list);
    }
    const issuerId = issuerIdOf(unverified);
    const member = typeof issuerId === 'string' ? this.memberAt(issuerId) : undefined;
    if (!member) {
      checks.add('issuer', 'failed', `the issuer ${String(issuerId)} is not a member of this federation`);
      return VerificationReport.of(checks.list);
    }
    checks.add('issuer', 'passed', `${member.displayName} (${member.id}, ${member.country})`);
    const credential = await verifiedPayload(jws, member);
    if (!credential) {
      checks.add('signature', 'failed', `the signature does not verify with ${member.id}'s keys in the federation file`);
      return VerificationReport.of(checks.list, issuerView(member));
    }
    checks.add('signature', 'passed', `signed with a key of ${member.id} (EdDSA)`);
    const problems = shapeProblems(credential);
    checks.add('format', problems.length ? 'failed' : 'passed', problems.length ? problems.join('; ') : 'an Open Badges 3.0 credential in the VC 2.0 data model');
    if (problems.length) return VerificationReport.of(checks.list, issuerView(member));
    this.checkDates(checks, credential);
    for (const purpose of STATUS_PURPOSES) await this.checkStatus(checks, credential, member, purpose);
    if (holderCode !== undefined) checkHolder(checks, credential, holderCode);
    return VerificationReport.of(checks.list, issuerView(member), credentialView(credential));
  }

  private memberAt(issuerId: string): Municipality | undefined {
    return this.federation.municipalities().find((member) => member.url && trimmed(member.url) === trimmed(issuerId));
  }

  private checkDates(checks: Checks, credential: Json): void {
    const now = this.clock();
    const validFrom = new Date(credential['validFrom'] as string);
    const validUntil = credential['validUntil'] ? new Date(credential['validUntil'] as string) : undefined;
    if (validFrom > now) checks.add('validity', 'failed', `not valid before ${validFrom.toISOString()}`);
    else if (validUntil && validUntil <= now) checks.add('validity', 'failed', `expired at ${validUntil.toISOString()}`);
    else checks.add('validity', 'passed', validUntil ? `valid until ${validUntil.toISOString()}` : 'does not expire');
  }

  private async checkStatus(checks: Checks, credential: Json, member: Municipality, purpose: StatusPurpose): Promise<void> {
    const entry = statusEntries(credential).find((candidate) => candidate['statusPurpose'] === purpose);
    const index = Number(entry?.['statusListIndex']);
    const listUrl = statusListUrl(member.url as string, purpose);
    // Only the issuer's own list counts, and only it is fetched: a credential cannot send us elsewhere.
    if (!entry || entry['statusListCredential'] !== listUrl || !Number.isInteger(index)) {
      checks.add(purpose, 'unknown', `the credential names no ${purpose} entry in ${member.id}'s status list`);
      return;
    }
    try {
      const set = member.id === this.self.municipality ? await this.statusLists.isSet(purpose, index) : await this.remoteBit(listUrl, member, purpose, index);
      checks.add(purpose, set ? 'failed' : 'passed', set ? (purpose === 'revocation' ? 'revoked by the issuer' : 'suspended by the issuer') : `not ${purpose === 'revocation' ? 'revoked' : 'suspended'}`);
    } catch (error) {
      checks.add(purpose, 'unknown', `the ${purpose} list of ${member.id} could not be read: ${(error as Error).message}`);
    }
  }

  private async remoteBit(url: string, member: Municipality, purpose: StatusPurpose, index: number): Promise<boolean> {
    const response = await fetch(url, { signal: AbortSignal.timeout(this.config.RECOGNITION_STATUS_FETCH_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const list = await verifiedPayload((await response.text()).trim(), member);
    const subject = list?.['credentialSubject'] as Json | undefined;
    if (!subject || subject['statusPurpose'] !== purpose || typeof subject['encodedList'] !== 'string') throw new Error('not a signed status list of that purpose');
    return statusBitAt(subject['encodedList'], index);
  }
}

/** The payload as claimed, before any trust: only to find who claims to have issued it. */
function decodeUnverified(jws: string): Json | string {
  const parts = jws.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return 'not a compact JWS (three base64url parts)';
  try {
    const header = decodeProtectedHeader(jws);
    if (header.alg !== 'EdDSA' || header.typ !== 'vc+jwt') return 'the JWS header must say alg EdDSA and typ vc+jwt';
    const payload: unknown = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Json) : 'the payload is not a JSON object';
  } catch {
    return 'the JWS header or payload is not JSON';
  }
}

/** The payload if the JWS verifies with one of the member's keys (the one its `kid` names). */
async function verifiedPayload(jws: string, member: Municipality): Promise<Json | undefined> {
  try {
    const { kid } = decodeProtectedHeader(jws);
    const key = member.jwks.keys.find((candidate) => candidate.kid === kid);
    if (!key) return undefined;
    const { payload } = await compactVerify(jws, await importJWK(key, 'EdDSA'), { algorithms: ['EdDSA'] });
    return JSON.parse(new TextDecoder().decode(payload)) as Json;
  } catch {
    return undefined;
  }
}

function statusEntries(credential: Json): Json[] {
  const status = credential['credentialStatus'];
  return (Array.isArray(status) ? status : [status]).filter((entry): entry is Json => typeof entry === 'object' && entry !== null);
}

function checkHolder(checks: Checks, credential: Json, holderCode: string): void {
  const identifiers = ((credential['credentialSubject'] as Json)['identifier'] ?? []) as Json[];
  const matches = (Array.isArray(identifiers) ? identifiers : []).some(
    (identity) => typeof identity['salt'] === 'string' && identity['identityHash'] === identityHash(holderCode.trim().toUpperCase(), identity['salt']),
  );
  checks.add('holder', matches ? 'passed' : 'failed', matches ? 'the holder code matches' : 'the holder code does not match this credential');
}

function issuerView(member: Municipality) {
  return { id: member.url as string, municipality: member.id, name: member.displayName, country: member.country };
}

function credentialView(credential: Json) {
  const achievement = (credential['credentialSubject'] as Json)['achievement'] as Json;
  return {
    id: credential['id'] as string,
    name: (credential['name'] ?? achievement['name']) as string,
    achievement,
    validFrom: credential['validFrom'] as string,
    ...(credential['validUntil'] ? { validUntil: credential['validUntil'] as string } : {}),
  };
}
