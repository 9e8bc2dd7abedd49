import type { EntityManager } from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import { findEmployerOr404 } from '../employers/find-employer';

/**
 * Suspends the employer inside the grievance's transaction, under the employer's lock as every
 * suspension is; an employer already suspended keeps the day it was first suspended.
 */
export async function suspendEmployer(manager: EntityManager, employerId: string, now: Date): Promise<void> {
  const employer = await findEmployerOr404(manager, employerId, { lock: true });
  if (!employer.suspendedAt) await manager.update(EmployerEntity, { id: employerId }, { suspendedAt: now });
}
