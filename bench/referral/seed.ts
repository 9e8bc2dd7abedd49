import type { NodeClient } from '@tandem/devkit';
import { mapConcurrent } from './stats';

const SEED_CONCURRENCY = 16;

export interface Referable {
  participantId: string;
  consentId: string;
}

/** Registers `count` participants at DE, each with a consent covering referral to `destination`. */
export async function seedParticipants(client: NodeClient, count: number, municipality: string, destination: string): Promise<Referable[]> {
  const indexes = Array.from({ length: count }, (_, index) => index);
  return mapConcurrent(indexes, SEED_CONCURRENCY, async (index) => {
    const participantId = await created(client, '/participants', {
      givenName: `Bench${index}`,
      familyName: 'Referral',
      dateOfBirth: '1990-05-01',
      gender: 'undisclosed',
      residenceMunicipality: municipality,
      status: 'migrant',
      languages: [{ code: 'uk', level: 'B2' }],
    });
    const consentId = await created(client, `/participants/${participantId}/consents`, {
      purposes: ['cross-border-referral'],
      noticeVersion: '2026-01',
      channel: 'in_person',
      givenBy: 'participant',
      fields: { 'cross-border-referral': ['givenName', 'familyName', 'languages', 'skills'] },
      recipients: [destination],
    });
    return { participantId, consentId };
  });
}

async function created(client: NodeClient, path: string, body: unknown): Promise<string> {
  const result = await client.post<{ id: string }>(path, body);
  if (result.status !== 201) throw new Error(`POST ${path} answered ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body.id;
}
