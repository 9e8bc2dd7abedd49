import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import type { TraineeRef } from '@tandem/contracts';
import { HolderEntity } from './holder.entity';

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 60 random bits in three groups of four, e.g. `7KQ2-M9XD-4TRB`: short enough for paper, too long to guess. */
export function newHolderCode(): string {
  const characters = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/** The holder a trainee reference names, created on first use. */
export async function holderOf(manager: EntityManager, trainee: Static<typeof TraineeRef>): Promise<HolderEntity> {
  const by = trainee.participantId ? { participantId: trainee.participantId } : { referralId: trainee.referralId as string };
  const known = await manager.findOneBy(HolderEntity, by);
  if (known) return known;
  const holder = manager.create(HolderEntity, {
    id: randomUUID(),
    participantId: trainee.participantId ?? null,
    referralId: trainee.participantId ? null : (trainee.referralId as string),
    homeMunicipality: trainee.homeMunicipality,
    code: newHolderCode(),
  });
  await manager.insert(HolderEntity, holder);
  return holder;
}

/**
 * The referred trainee withdrew consent at home: what this node's officers wrote about their credentials
 * (why one was revoked) goes; the revocation itself stays, so the status list still says revoked.
 */
export async function eraseRevocationReasonsOfReferral(manager: EntityManager, referralId: string): Promise<void> {
  await manager.query(
    `UPDATE credentials SET revocation_reason = NULL
     WHERE revocation_reason IS NOT NULL AND holder_id IN (SELECT id FROM holders WHERE referral_id = $1)`,
    [referralId],
  );
}
