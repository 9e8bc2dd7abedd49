import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWTPayload, type KeyLike, SignJWT } from 'jose';
import { InvalidTokenError, JwtVerifier, MAX_TOKEN_LENGTH } from './jwt-verifier';

const ISSUER = 'urn:tandem:dev-issuer';
const AUDIENCE = 'tandem';
const MUNICIPALITY = 'de-goerlitz';
const KID = 'test-key';

describe('JwtVerifier', () => {
  let dir: string;
  let key: KeyLike;
  let verifier: JwtVerifier;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (): JWTPayload => ({ sub: 'alice', municipality: MUNICIPALITY, roles: ['caseworker'], iss: ISSUER, aud: AUDIENCE, exp: now() + 600 });
  const sign = (payload: JWTPayload) => new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: KID }).sign(key);
  /** A correctly signed token of about `length` characters. */
  const signedOfLength = async (length: number) => {
    const bare = await sign(claims());
    return sign({ ...claims(), padding: 'x'.repeat(Math.floor(((length - bare.length) * 3) / 4) - 16) });
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    key = pair.privateKey;
    dir = await mkdtemp(join(tmpdir(), 'tandem-verifier-'));
    const jwksFile = join(dir, 'jwks.json');
    await writeFile(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'EdDSA' }] }));
    verifier = new JwtVerifier({ municipality: MUNICIPALITY, issuer: ISSUER, audience: AUDIENCE, jwksFile });
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('accepts a correctly signed token just under the length limit', async () => {
    const token = await signedOfLength(MAX_TOKEN_LENGTH - 100);
    expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'alice' });
  });

  it('refuses a correctly signed token over the length limit before verifying it', async () => {
    const token = await signedOfLength(16_000);
    await expect(verifier.verify(token)).rejects.toThrow(new InvalidTokenError(`token longer than ${MAX_TOKEN_LENGTH} characters`));
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const { exp: _exp, ...withoutExp } = claims();
    await expect(verifier.verify(await sign(withoutExp))).rejects.toThrow(/"exp"/);
  });

  it('refuses a token that is not valid before a time beyond the clock tolerance', async () => {
    await expect(verifier.verify(await sign({ ...claims(), nbf: now() + 120 }))).rejects.toThrow(/"nbf"/);
  });

  it('accepts a token that expired within the clock tolerance, and refuses one beyond it', async () => {
    await expect(verifier.verify(await sign({ ...claims(), exp: now() - 10 }))).resolves.toMatchObject({ subject: 'alice' });
    await expect(verifier.verify(await sign({ ...claims(), exp: now() - 60 }))).rejects.toThrow('token expired');
  });
});
