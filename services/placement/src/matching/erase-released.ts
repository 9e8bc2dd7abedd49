import { type EntityManager, IsNull, Not } from 'typeorm';
import { ShortlistEntryEntity } from './shortlist-entry.entity';

/**
 * Erases every display name and contact released to employers for the candidate, inside the
 * caller's transaction; the pseudonymous entries stay, saying when their identity was erased.
 */
export async function eraseReleasedIdentities(manager: EntityManager, candidateId: string, at: Date): Promise<void> {
  await manager.update(ShortlistEntryEntity, { candidateId, displayName: Not(IsNull()) }, { displayName: null, contact: null, erasedAt: at });
}
