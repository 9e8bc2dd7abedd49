import { exportSPKI, importJWK, type JWK, type JWTPayload, type KeyLike, SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER } from '@tandem/devkit';

export interface TamperedToken {
  name: string;
  token: string;
  /** What the rejection's log line must say. */
  reason: RegExp;
}

export interface IssuerKey {
  key: KeyLike;
  kid: string;
  publicJwk: JWK;
}

/** 16 KB: beyond what the verifier accepts, below Node's 16 KiB limit on a request's headers (431). */
const OVERSIZED_LENGTH = 16_000;

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Every way of getting a token wrong this suite tries, each built from the node's real issuer key where that makes the attack stronger. */
export async function tamperedTokens(issuer: IssuerKey, municipality: string): Promise<TamperedToken[]> {
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = { sub: 'caseworker-mallory', municipality, roles: ['employer'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, iat: now, exp: now + 600 };
  const sign = (payload: JWTPayload, kid = issuer.kid) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' }).sign(issuer.key);
  const genuine = await sign(claims);
  const [header, , signature] = genuine.split('.') as [string, string, string];
  const publicPem = await exportSPKI((await importJWK(issuer.publicJwk, 'EdDSA')) as KeyLike);
  const { exp: _exp, ...withoutExp } = claims;
  // base64url makes four characters of three bytes.
  const padding = 'x'.repeat(Math.floor(((OVERSIZED_LENGTH - genuine.length) * 3) / 4) - 16);
  const oversized = await sign({ ...claims, padding });
  if (Math.abs(oversized.length - OVERSIZED_LENGTH) > 100) throw new Error(`the oversized token has ${oversized.length} characters`);
  return [
    { name: 'alg-none', token: `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`, reason: /algorithm not allowed/ },
    {
      name: 'hs256-with-public-key',
      token: await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: issuer.kid, typ: 'JWT' }).sign(new TextEncoder().encode(publicPem)),
      reason: /algorithm not allowed/,
    },
    { name: 'unknown-kid', token: await sign(claims, 'no-such-key'), reason: /signature not verifiable/ },
    { name: 'expired-beyond-skew', token: await sign({ ...claims, iat: now - 720, exp: now - 120 }), reason: /expired/ },
    { name: 'nbf-in-future', token: await sign({ ...claims, nbf: now + 600 }), reason: /"nbf"/ },
    { name: 'no-exp', token: await sign(withoutExp), reason: /"exp"/ },
    { name: 'wrong-iss', token: await sign({ ...claims, iss: 'urn:tandem:elsewhere' }), reason: /"iss"/ },
    { name: 'wrong-aud', token: await sign({ ...claims, aud: 'someone-else' }), reason: /"aud"/ },
    { name: 'other-municipality', token: await sign({ ...claims, municipality: 'pl-zgorzelec' }), reason: /another municipality/ },
    {
      name: 'edited-payload',
      token: `${header}.${encode({ ...claims, roles: ['admin', 'caseworker'] })}.${signature}`,
      reason: /signature not verifiable/,
    },
    { name: 'not-three-parts', token: `${header}.${encode(claims)}`, reason: /malformed/ },
    // A bad header is found before any signature check; a bad payload fails the signature first.
    { name: 'bad-base64-header', token: `@@not*base64@@.${encode(claims)}.${signature}`, reason: /malformed/ },
    { name: 'bad-base64-payload', token: `${header}.@@not*base64@@.${signature}`, reason: /signature not verifiable/ },
    { name: 'oversized-16kb', token: oversized, reason: /longer than/ },
  ];
}
