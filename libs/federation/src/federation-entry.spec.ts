import { readFileSync } from 'node:fs';
import { federationEntry, renderFederationEntries } from './federation-entry';
import { loadFederation } from './load-federation';
import { MessageSigner } from './message-signer';
import { MessageVerifier } from './message-verifier';
import { generateNodeKey } from './node-keys';
import { DEMO_FEDERATION_FILE, referralRecord } from './test-support/federation-fixtures';

describe('a new federation entry (what keygen prints)', () => {
  it('holds only the public key and, pasted into the federation file, lets the new node sign', async () => {
    const privateKey = await generateNodeKey();
    const entry = federationEntry({
      id: 'cz-hradek',
      country: 'CZ',
      displayName: 'Hrádek nad Nisou',
      languages: ['cs', 'de'],
      keys: [privateKey],
    });
    const printed = renderFederationEntries([entry]);
    expect(printed).not.toMatch(/\bd:/);
    expect(printed).not.toContain(privateKey.d);

    const federation = loadFederation({ text: `${readFileSync(DEMO_FEDERATION_FILE, 'utf8')}${printed}` });
    expect(federation.municipality('cz-hradek')).toEqual(entry);
    const signer = await MessageSigner.create({ municipality: 'cz-hradek', privateKey, federation });
    const signed = await signer.sign(referralRecord(), 'de-goerlitz');
    await expect(new MessageVerifier(federation, 'de-goerlitz').verify(signed)).resolves.toMatchObject({ sender: 'cz-hradek' });
  });
});
