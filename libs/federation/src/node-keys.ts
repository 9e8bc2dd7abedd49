import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { PublicSigningJwk } from './federation-schema';

export const SIGNING_ALGORITHM = 'EdDSA';

/** A node's Ed25519 private signing key as a JWK; it never leaves the node. */
export interface PrivateSigningJwk extends PublicSigningJwk {
  d: string;
}

export class InvalidSigningKeyError extends Error {
  override readonly name = 'InvalidSigningKeyError';
}

/** A fresh key pair; the kid is the RFC 7638 thumbprint, so it is stable and collision-free. */
export async function generateNodeKey(): Promise<PrivateSigningJwk> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x });
  return asPrivateSigningJwk({ ...jwk, kid, alg: SIGNING_ALGORITHM, use: 'sig' }, 'generated key');
}

/** The part of a private key that may be published (e.g. in the federation file). */
export function publicJwkOf(key: PublicSigningJwk): PublicSigningJwk {
  return { kty: key.kty, crv: key.crv, x: key.x, kid: key.kid, alg: key.alg, use: key.use };
}

export async function readPrivateJwk(path: string): Promise<PrivateSigningJwk> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InvalidSigningKeyError(`cannot read the private key ${path}: ${(error as Error).message}`);
  }
  return asPrivateSigningJwk(parsed as JWK, path);
}

/** Checks the shape and that `x` is the public half of `d`, which key import alone does not check. */
export function asPrivateSigningJwk(jwk: JWK, origin: string): PrivateSigningJwk {
  const problems = [
    jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' ? 'must be an OKP key on curve Ed25519' : '',
    typeof jwk.x !== 'string' || typeof jwk.d !== 'string' ? 'must hold both x and the private d' : '',
    typeof jwk.kid !== 'string' || jwk.kid === '' ? 'must have a kid' : '',
    jwk.alg !== undefined && jwk.alg !== SIGNING_ALGORITHM ? `alg must be ${SIGNING_ALGORITHM}` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new InvalidSigningKeyError(`${origin}: ${problems.join('; ')}`);
  if (publicXOf(jwk, origin) !== jwk.x) throw new InvalidSigningKeyError(`${origin}: x is not the public half of d`);
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: jwk.x as string,
    d: jwk.d as string,
    kid: jwk.kid as string,
    alg: SIGNING_ALGORITHM,
    use: 'sig',
  };
}

function publicXOf(jwk: JWK, origin: string): string | undefined {
  try {
    const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, format: 'jwk' });
    return createPublicKey(privateKey).export({ format: 'jwk' }).x;
  } catch (error) {
    throw new InvalidSigningKeyError(`${origin}: not a usable Ed25519 private key: ${(error as Error).message}`);
  }
}
