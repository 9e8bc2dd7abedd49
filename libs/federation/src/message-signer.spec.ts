import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { InvalidSigningKeyError, generateNodeKey, publicJwkOf } from './node-keys';
import { MessageSigner } from './message-signer';
import { federationOf } from './test-support/federation-fixtures';

describe('starting a message signer', () => {
  it('refuses a key that the federation file does not list for its municipality', async () => {
    const federation = federationOf({ 'de-goerlitz': [await generateNodeKey()] });
    const unlisted = MessageSigner.create({ municipality: 'de-goerlitz', privateKey: await generateNodeKey(), federation });
    await expect(unlisted).rejects.toThrow(/is not listed for de-goerlitz/);
  });

  it('refuses a municipality that is not in the federation file', async () => {
    const key = await generateNodeKey();
    const federation = federationOf({ 'de-goerlitz': [key] });
    await expect(MessageSigner.create({ municipality: 'pl-zgorzelec', privateKey: key, federation })).rejects.toThrow(
      /pl-zgorzelec is not in the federation file/,
    );
  });

  it('refuses a private key whose public half x does not belong to it', async () => {
    const [key, other] = await Promise.all([generateNodeKey(), generateNodeKey()]);
    const mismatched = MessageSigner.create({ municipality: 'de-goerlitz', privateKey: { ...key, x: other.x } });
    await expect(mismatched).rejects.toThrow(InvalidSigningKeyError);
  });

  it('refuses a public key or a key of another kind', async () => {
    const { d: _private, ...publicOnly } = await generateNodeKey();
    await expect(MessageSigner.create({ municipality: 'de-goerlitz', privateKey: publicOnly })).rejects.toThrow(/private d/);
    const rsa = { kty: 'RSA', n: 'AQAB', e: 'AQAB', d: 'AQAB', kid: 'k' };
    await expect(MessageSigner.create({ municipality: 'de-goerlitz', privateKey: rsa })).rejects.toThrow(/OKP key on curve Ed25519/);
  });

  it('refuses to sign a record whose value is not JSON', async () => {
    const signer = await MessageSigner.create({ municipality: 'de-goerlitz', privateKey: await generateNodeKey() });
    await expect(signer.sign({ key: 'k', value: '{', headers: {} }, 'pl-zgorzelec')).rejects.toThrow(/data is not JSON/);
  });

  it('signs a document as a compact JWS that the public key verifies, with the header asked for', async () => {
    const key = await generateNodeKey();
    const signer = await MessageSigner.create({ municipality: 'de-goerlitz', privateKey: key });
    const jws = await signer.signCompact('{"name":"Welding basics"}', { typ: 'vc+jwt', cty: 'vc' });
    expect(decodeProtectedHeader(jws)).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' });
    const { payload } = await compactVerify(jws, await importJWK(publicJwkOf(key), 'EdDSA'));
    expect(new TextDecoder().decode(payload)).toBe('{"name":"Welding basics"}');
  });
});
