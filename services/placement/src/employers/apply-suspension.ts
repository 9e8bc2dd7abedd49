import type { EntityManager } from 'typeorm';
import { EmployerEntity } from './employer.entity';
import { findEmployerOr404 } from './find-employer';

/**
 * Suspends the employer from `at` (or reinstates it with null) inside the caller's transaction, under
 * the employer's lock. Idempotent: a suspended employer keeps the day it was first suspended.
 */
export async function applySuspension(manager: EntityManager, employerId: string, at: Date | null): Promise<EmployerEntity> {
  const employer = await findEmployerOr404(manager, employerId, { lock: true });
  employer.suspendedAt = at ? (employer.suspendedAt ?? at) : null;
  await manager.update(EmployerEntity, { id: employerId }, { suspendedAt: employer.suspendedAt });
  return employer;
}
