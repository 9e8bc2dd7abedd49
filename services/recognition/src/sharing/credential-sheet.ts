import type { CredentialState } from '../credentials/dto/credential.view';

type Json = Record<string, unknown>;

export interface SheetAlignment {
  framework: string;
  name: string;
  url: string;
}

/** What a printed credential shows, in order; the HTML page and the PDF both render this, so they cannot drift apart. */
export interface CredentialSheet {
  title: string;
  description: string;
  facts: Array<{ label: string; value: string }>;
  alignments: SheetAlignment[];
  jws: string;
}

const text = (value: unknown) => String(value ?? '');
const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');

export function credentialSheet(credential: Json, jws: string, state: CredentialState): CredentialSheet {
  const issuer = credential['issuer'] as Json;
  const achievement = (credential['credentialSubject'] as Json)['achievement'] as Json;
  const alignments = (achievement['alignment'] as Json[] | undefined) ?? [];
  const facts = [
    { label: 'Issued by', value: `${text(issuer['name'])} (${text(issuer['id'])})` },
    { label: 'Code', value: text(achievement['humanCode']) },
    { label: 'Valid from', value: day(credential['validFrom']) },
    ...(credential['validUntil'] ? [{ label: 'Valid until', value: day(credential['validUntil']) }] : []),
    { label: 'State', value: state },
    { label: 'Criteria', value: text((achievement['criteria'] as Json | undefined)?.['narrative']) },
  ];
  return {
    title: text(achievement['name']),
    description: text(achievement['description']),
    facts,
    alignments: alignments.map((alignment) => ({ framework: text(alignment['targetFramework']), name: text(alignment['targetName']), url: text(alignment['targetUrl']) })),
    jws,
  };
}
