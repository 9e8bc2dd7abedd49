import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { caseworkerOf, type Principal } from '@tandem/platform';
import { CredentialEntity } from './credential.entity';
import { HolderEntity } from './holder.entity';

/** Purpose recorded in the audit log for work on a person's credentials. */
export const RECOGNITION = 'recognition';

/**
 * A holder's credentials are read by the node's recognition officers and admins, and by the caseworker of
 * a participant's case; a referred trainee's only by officers and admins. Anyone else gets 404.
 */
export async function assertMayRead(manager: EntityManager, actor: Principal, holder: Pick<HolderEntity, 'participantId'>, what: string): Promise<void> {
  if (actor.roles.includes('recognition_officer') || actor.roles.includes('admin')) return;
  if (holder.participantId && (await caseworkerOf(manager, holder.participantId)) === actor.subject) return;
  throw new NotFoundException(`${what} not found`);
}

/** The credential, if the actor may read its holder's credentials; 404 otherwise, as if it did not exist. */
export async function findReadableCredential(manager: EntityManager, id: string, actor: Principal): Promise<CredentialEntity> {
  const credential = await manager.findOneBy(CredentialEntity, { id });
  const holder = credential && (await manager.findOneBy(HolderEntity, { id: credential.holderId }));
  if (!credential || !holder) throw new NotFoundException(`credential ${id} not found`);
  await assertMayRead(manager, actor, holder, `credential ${id}`);
  return credential;
}
