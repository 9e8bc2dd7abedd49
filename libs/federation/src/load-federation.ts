import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { Federation } from './federation';
import { describeLocation, describeSchemaError, FederationError, isRecord } from './federation-error';
import { type FederationFile, FederationFileSchema, inboxTopicOf } from './federation-schema';

export type FederationSource = { path: string } | { text: string; origin?: string };

// JWK members that carry private or symmetric key material (RFC 7517/7518).
const PRIVATE_KEY_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

const validateFile = new Ajv({ allErrors: true, strict: true }).compile<FederationFile>(FederationFileSchema);

/**
 * Reads a federation file (YAML or JSON) and returns it only if every entry is valid: ids unique,
 * each inbox topic `xb.<id>.inbox.v1`, keys public Ed25519 and never shared between municipalities.
 * Throws FederationError listing every problem found.
 */
export function loadFederation(source: FederationSource): Federation {
  const origin = 'path' in source ? source.path : (source.origin ?? '(text)');
  const document = parseDocument(origin, 'path' in source ? readSource(source.path) : source.text);
  const privateKeyErrors = findPrivateKeyMaterial(document);
  if (privateKeyErrors.length > 0) throw new FederationError(origin, privateKeyErrors);
  if (!validateFile(document)) {
    throw new FederationError(origin, (validateFile.errors ?? []).map((error) => describeSchemaError(document, error)));
  }
  const consistencyErrors = checkConsistency(document);
  if (consistencyErrors.length > 0) throw new FederationError(origin, consistencyErrors);
  return new Federation(document.version, document.municipalities);
}

function readSource(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new FederationError(path, [`cannot be read: ${(error as Error).message}`]);
  }
}

function parseDocument(origin: string, text: string): unknown {
  try {
    return parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    throw new FederationError(origin, [`is not valid YAML: ${(error as Error).message}`]);
  }
}

/** A private key in the trust file is a leak to report as such, not just an unknown field. */
function findPrivateKeyMaterial(document: unknown): string[] {
  const municipalities = isRecord(document) ? document['municipalities'] : undefined;
  if (!Array.isArray(municipalities)) return [];
  return municipalities.flatMap((entry, entryIndex) => {
    const jwks = isRecord(entry) ? entry['jwks'] : undefined;
    const keys = isRecord(jwks) && Array.isArray(jwks['keys']) ? jwks['keys'] : [];
    return keys.flatMap((key, keyIndex) => {
      const found = isRecord(key) ? PRIVATE_KEY_MEMBERS.filter((member) => member in key) : [];
      if (found.length === 0) return [];
      const location = describeLocation(document, ['municipalities', `${entryIndex}`, 'jwks', 'keys', `${keyIndex}`]);
      return [
        `${location}: holds private key material (${found.join(', ')}); a federation file lists public keys only — ` +
          'remove it, and treat that key as compromised and replace it',
      ];
    });
  });
}

function checkConsistency(file: FederationFile): string[] {
  const errors: string[] = [];
  const seenIds = new Set<string>();
  const keyOwners = new Map<string, string>();
  file.municipalities.forEach((entry, index) => {
    const location = `municipalities[${index}] (${entry.id})`;
    if (seenIds.has(entry.id)) errors.push(`${location}: id ${entry.id} is listed more than once`);
    seenIds.add(entry.id);
    if (entry.inboxTopic !== inboxTopicOf(entry.id)) {
      errors.push(`${location}.inboxTopic: must be ${inboxTopicOf(entry.id)}, got ${entry.inboxTopic}`);
    }
    if (!entry.id.startsWith(`${entry.country.toLowerCase()}-`)) {
      errors.push(`${location}.country: ${entry.country} does not match the id's country prefix`);
    }
    errors.push(...checkKeys(entry.id, location, entry.jwks.keys, keyOwners));
  });
  return errors;
}

/** Kids pick the key during verification, so they must be unique; a shared key would let one node sign as another. */
function checkKeys(
  id: string,
  location: string,
  keys: FederationFile['municipalities'][number]['jwks']['keys'],
  keyOwners: Map<string, string>,
): string[] {
  const errors: string[] = [];
  const kids = new Set<string>();
  keys.forEach((key, index) => {
    const keyLocation = `${location}.jwks.keys[${index}] (kid ${key.kid})`;
    if (kids.has(key.kid)) errors.push(`${keyLocation}: kid is used by another key of ${id}`);
    kids.add(key.kid);
    const owner = keyOwners.get(key.x);
    if (owner !== undefined && owner !== id) errors.push(`${keyLocation}: the same public key is listed for ${owner}`);
    if (owner === id) errors.push(`${keyLocation}: the same public key is listed twice`);
    keyOwners.set(key.x, id);
  });
  return errors;
}
