import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { caseworkerOf, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT, isProvider, TRAINING_DELIVERY } from '../training-access';
import { EnrollmentEntity } from './enrollment.entity';

/**
 * Providers reach every enrollment of the node. A caseworker reads those of a participant whose case
 * they hold, and those of referred trainees, who are the node's shared queue as their inbound
 * referrals are (ADR 9). Anyone else learns nothing: 404, never 403.
 */
export async function mayRead(manager: EntityManager, actor: Principal, enrollment: EnrollmentEntity): Promise<boolean> {
  if (isProvider(actor)) return true;
  if (!actor.roles.includes('caseworker')) return false;
  if (!enrollment.participantId) return true; // a referred trainee
  return (await caseworkerOf(manager, enrollment.participantId)) === actor.subject;
}

/** The audit purpose of an access: a provider delivers training, a caseworker manages a case. */
export function purposeOf(actor: Principal): string {
  return isProvider(actor) ? TRAINING_DELIVERY : CASE_MANAGEMENT;
}

export async function findEnrollmentOr404(
  manager: EntityManager,
  id: string,
  options: { actor: Principal; lock: boolean },
): Promise<EnrollmentEntity> {
  const enrollment = await manager.findOne(EnrollmentEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!enrollment || !(await mayRead(manager, options.actor, enrollment))) throw new NotFoundException(`enrollment ${id} not found`);
  return enrollment;
}
