import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { isRole, type Principal, type Role } from './principal';

export interface AuthOptions {
  /** The municipality this node serves; tokens issued for any other are rejected. */
  municipality: string;
  issuer: string;
  audience: string;
  /** JWKS endpoint of the identity provider (e.g. Keycloak's `.../protocol/openid-connect/certs`). */
  jwksUrl?: string;
  /** A JWKS JSON file, read once at start-up (development and tests). */
  jwksFile?: string;
  algorithms?: string[];
}

export const DEFAULT_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'];

/** Tolerates small clock drift between the identity provider and this node. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Far above what identity providers issue (a few KB): a longer token is refused before anything is
 * decoded or verified. (Headers beyond Node's 16 KiB limit never get here: Node answers 431.)
 */
export const MAX_TOKEN_LENGTH = 8192;

/** A token was rejected; `message` is a short reason that never contains the token itself. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** Verifies bearer tokens against the identity provider's public keys and turns them into principals. */
export class JwtVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly options: AuthOptions) {
    this.algorithms = pinnedAlgorithms(options.algorithms ?? DEFAULT_ALGORITHMS);
    this.keys = keySource(options);
  }

  async verify(token: string): Promise<Principal> {
    if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError(`token longer than ${MAX_TOKEN_LENGTH} characters`);
    const payload = await this.verifiedPayload(token);
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      throw new InvalidTokenError('claim "sub" must be a non-empty string');
    }
    if (payload.municipality !== this.options.municipality) {
      throw new InvalidTokenError('token is for another municipality');
    }
    return { subject: payload.sub, municipality: this.options.municipality, roles: knownRoles(payload.roles) };
  }

  private async verifiedPayload(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: this.algorithms,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      });
      return payload;
    } catch (error) {
      throw asInvalidToken(error);
    }
  }
}

function keySource(options: AuthOptions): JWTVerifyGetKey {
  if (Boolean(options.jwksUrl) === Boolean(options.jwksFile)) {
    throw new Error('AuthOptions needs exactly one of jwksUrl or jwksFile');
  }
  if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl));
  const jwks = JSON.parse(readFileSync(options.jwksFile as string, 'utf8')) as JSONWebKeySet;
  return createLocalJWKSet(jwks);
}

/** Refuses configurations that would accept unsigned tokens or shared-secret signatures. */
function pinnedAlgorithms(algorithms: string[]): string[] {
  const unsafe = algorithms.filter((alg) => alg.toLowerCase() === 'none' || alg.toUpperCase().startsWith('HS'));
  if (algorithms.length === 0 || unsafe.length > 0) {
    throw new Error(`AuthOptions.algorithms must list asymmetric algorithms only (rejected: ${unsafe.join(', ')})`);
  }
  return [...algorithms];
}

/** Unknown roles are ignored so that an identity provider may carry roles meant for other systems. */
function knownRoles(claim: unknown): Role[] {
  if (!Array.isArray(claim)) throw new InvalidTokenError('claim "roles" must be an array');
  return [...new Set(claim.filter(isRole))];
}

/** Maps jose failures to short reasons; key-set outages are not the caller's fault and propagate. */
function asInvalidToken(error: unknown): unknown {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return error;
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('token expired');
  // jose's claim messages name the claim but never quote its value.
  if (error instanceof errors.JWTClaimValidationFailed) return new InvalidTokenError(error.message);
  if (error instanceof errors.JOSEAlgNotAllowed) return new InvalidTokenError('signature algorithm not allowed');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return new InvalidTokenError('signature not verifiable with the trusted keys');
  }
  if (error instanceof errors.JOSEError) return new InvalidTokenError('malformed token');
  return error;
}
