import { join } from 'node:path';
import { type CloudEvent, type KafkaRecord, sourceOf, toKafkaRecord } from '@tandem/contracts';
import type { Federation } from '../federation';
import { federationEntry, renderFederationFile } from '../federation-entry';
import type { PublicSigningJwk } from '../federation-schema';
import { loadFederation } from '../load-federation';

const DEMO_DIR = join(__dirname, '..', '..', '..', '..', 'deploy', 'federation');
export const DEMO_FEDERATION_FILE = join(DEMO_DIR, 'demo.federation.yaml');
export const DEMO_KEYS_DIR = join(DEMO_DIR, 'demo-keys');

export function demoPrivateKeyFile(municipality: string): string {
  return join(DEMO_KEYS_DIR, `${municipality}.private.jwk.json`);
}

/** A federation of the given municipalities and keys, read through the same loader a node uses. */
export function federationOf(keysById: Record<string, PublicSigningJwk[]>): Federation {
  const entries = Object.entries(keysById).map(([id, keys]) =>
    federationEntry({ id, country: id.slice(0, 2).toUpperCase(), displayName: id, languages: ['en'], keys }),
  );
  return loadFederation({ text: renderFederationFile(entries), origin: 'test federation' });
}

export const referralEvent: CloudEvent = {
  id: 'c0ffee00-0000-4000-8000-000000000042',
  source: sourceOf('de-goerlitz', 'intake'),
  type: 'tandem.intake.referral-sent.v1',
  time: '2026-11-22T10:00:00.000Z',
  subject: 'referral-7',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  data: { referralId: 'referral-7', programme: 'welding', languages: ['de', 'pl'], hours: 120 },
};

export function referralRecord(): KafkaRecord {
  return toKafkaRecord(referralEvent);
}
