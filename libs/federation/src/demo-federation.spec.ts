import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFederation } from './load-federation';
import { MessageSigner } from './message-signer';
import { MessageVerifier } from './message-verifier';
import { publicJwkOf, readPrivateJwk } from './node-keys';
import { DEMO_FEDERATION_FILE, DEMO_KEYS_DIR, demoPrivateKeyFile, referralRecord } from './test-support/federation-fixtures';

const DEMO_MUNICIPALITIES = ['de-goerlitz', 'pl-zgorzelec'];

describe('the demo federation', () => {
  it.each(DEMO_MUNICIPALITIES)("lists the public half of %s's demo private key as its only key", async (id) => {
    const federation = loadFederation({ path: DEMO_FEDERATION_FILE });
    const privateKey = await readPrivateJwk(demoPrivateKeyFile(id));
    expect(federation.publicKeys(id)).toEqual([publicJwkOf(privateKey)]);
  });

  it.each([
    ['de-goerlitz', 'pl-zgorzelec'],
    ['pl-zgorzelec', 'de-goerlitz'],
  ])('lets %s sign a message that %s verifies', async (sender, destination) => {
    const federation = loadFederation({ path: DEMO_FEDERATION_FILE });
    const signer = await MessageSigner.create({ municipality: sender, privateKey: demoPrivateKeyFile(sender), federation });
    const verified = await new MessageVerifier(federation, destination).verify(await signer.sign(referralRecord(), destination));
    expect(verified.sender).toBe(sender);
  });

  it('warns in plain words that the demo keys are throwaway keys', () => {
    const readme = readFileSync(join(DEMO_KEYS_DIR, 'README.md'), 'utf8');
    expect(readme).toMatch(/THROWAWAY DEMO KEYS/);
    expect(readme).toMatch(/never for a real node/i);
  });
});
