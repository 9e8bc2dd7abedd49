import { stringify } from 'yaml';
import { FEDERATION_FILE_VERSION, inboxTopicOf, type Municipality, type PublicSigningJwk } from './federation-schema';
import { publicJwkOf } from './node-keys';

export interface FederationEntryRequest {
  id: string;
  country: string;
  displayName: string;
  languages: string[];
  /** The node's public URL, the issuer id of its credentials; optional for nodes that issue none. */
  url?: string;
  /** Only the public members are written, even when a private key is passed. */
  keys: PublicSigningJwk[];
}

export function federationEntry(request: FederationEntryRequest): Municipality {
  return {
    id: request.id,
    country: request.country,
    displayName: request.displayName,
    languages: request.languages,
    inboxTopic: inboxTopicOf(request.id),
    ...(request.url ? { url: request.url } : {}),
    jwks: { keys: request.keys.map(publicJwkOf) },
  };
}

/** The entry as YAML list items, indented to paste under `municipalities:` of a federation file. */
export function renderFederationEntries(entries: Municipality[]): string {
  const yaml = stringify(entries, { lineWidth: 0 });
  return yaml
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

/** A whole federation file; the demo file and a new federation start from this. */
export function renderFederationFile(entries: Municipality[]): string {
  return `version: ${FEDERATION_FILE_VERSION}\nmunicipalities:\n${renderFederationEntries(entries)}`;
}
