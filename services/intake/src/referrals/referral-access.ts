import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { mayAccessCase } from '../cases/case-access';
import { CaseEntity } from '../cases/case.entity';
import { ReferralEntity } from './referral.entity';

/** Purpose recorded in the audit log for work on a referral. */
export const REFERRAL_HANDLING = 'cross-border-referral';

/**
 * An outbound referral is reachable like its participant's case; an inbound one by every
 * caseworker of the node, whose shared queue it is until answered. 404 for anything else.
 */
export async function findReferralOr404(
  manager: EntityManager,
  id: string,
  options: { lock: boolean; actor: Principal },
): Promise<ReferralEntity> {
  const referral = await manager.findOne(ReferralEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!referral || !(await mayAccessReferral(manager, referral, options.actor))) {
    throw new NotFoundException(`referral ${id} not found`);
  }
  return referral;
}

async function mayAccessReferral(manager: EntityManager, referral: ReferralEntity, actor: Principal): Promise<boolean> {
  if (referral.direction === 'inbound') return actor.roles.includes('caseworker') || actor.roles.includes('admin');
  const assigned = await manager.findOne(CaseEntity, { where: { participantId: referral.participantId as string } });
  return !!assigned && mayAccessCase(actor, assigned.assignedCaseworker);
}
