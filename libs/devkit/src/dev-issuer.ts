import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike, SignJWT } from 'jose';

export const DEV_ISSUER = 'urn:tandem:dev-issuer';
export const DEV_AUDIENCE = 'tandem';

const ALGORITHM = 'EdDSA';
const DEFAULT_LIFETIME_SECONDS = 3600;
const PRIVATE_KEY_FILE = 'private.jwk.json';
const JWKS_FILE = 'jwks.json';

export interface DevTokenClaims {
  sub: string;
  municipality: string;
  roles: string[];
  /** Negative values mint tokens that have already expired (for tests). */
  expiresInSeconds?: number;
  audience?: string;
  issuer?: string;
}

/**
 * Development and test token issuer: mints Ed25519-signed tokens that a node configured with this
 * issuer's JWKS accepts. NEVER use it in production — its private key sits unprotected on disk and
 * it signs whatever it is asked to; production nodes trust a real identity provider (e.g. Keycloak).
 */
export class DevIssuer {
  private constructor(
    private readonly privateKey: KeyLike,
    private readonly publicJwk: JWK,
  ) {}

  /** A fresh issuer whose key lives only in memory. */
  static async generate(): Promise<DevIssuer> {
    const { privateKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
    return DevIssuer.fromPrivateJwk(await withKeyId(await exportJWK(privateKey)));
  }

  /** The issuer kept in `dir` (private.jwk.json, jwks.json), created there on first use. */
  static async loadOrCreate(dir: string): Promise<DevIssuer> {
    const privateFile = join(dir, PRIVATE_KEY_FILE);
    const stored = await readJsonIfPresent(privateFile);
    const issuer = stored ? await DevIssuer.fromPrivateJwk(stored as JWK) : await DevIssuer.generate();
    if (!stored) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const created = await writeNewFile(privateFile, await issuer.privateJwk(), 0o600);
      // Another process won the race to create the key: use theirs.
      if (!created) return DevIssuer.loadOrCreate(dir);
    }
    // Rewritten every time so that it always matches the private key beside it.
    await issuer.writeJwks(join(dir, JWKS_FILE));
    return issuer;
  }

  /** The public key set a verifier should trust; contains no private material. */
  jwks(): { keys: JWK[] } {
    return { keys: [{ ...this.publicJwk }] };
  }

  async writeJwks(file: string): Promise<void> {
    await writeFile(file, JSON.stringify(this.jwks(), null, 2));
  }

  async token(claims: DevTokenClaims): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ municipality: claims.municipality, roles: claims.roles })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.publicJwk.kid, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(claims.issuer ?? DEV_ISSUER)
      .setAudience(claims.audience ?? DEV_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + (claims.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS))
      .sign(this.privateKey);
  }

  /** The private key, for a dev sign-in provider that signs tokens as this issuer. Never log or commit it. */
  async privateJwk(): Promise<JWK> {
    return { ...(await exportJWK(this.privateKey)), kid: this.publicJwk.kid, alg: ALGORITHM };
  }

  private static async fromPrivateJwk(privateJwk: JWK): Promise<DevIssuer> {
    const privateKey = (await importJWK(privateJwk, ALGORITHM)) as KeyLike;
    const { kty, crv, x, kid } = privateJwk;
    return new DevIssuer(privateKey, { kty, crv, x, kid, alg: ALGORITHM, use: 'sig' });
  }
}

async function withKeyId(jwk: JWK): Promise<JWK> {
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: ALGORITHM };
}

/** Writes `content` as JSON unless `file` already exists; returns whether it wrote. */
async function writeNewFile(file: string, content: unknown, mode: number): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(content, null, 2), { mode, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readJsonIfPresent(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
