import { NotFoundException } from '@nestjs/common';
import type { Principal } from '@tandem/platform';
import type { EmployerEntity } from '../employers/employer.entity';
import { STAFF } from '../placement-access';

export function isStaff(actor: Principal): boolean {
  return actor.roles.some((role) => STAFF.includes(role));
}

/** Staff see any vacancy's shortlist; an employer user only their own employer's; to anyone else it does not exist. */
export function assertMaySeeShortlist(actor: Principal, employer: Pick<EmployerEntity, 'portalUsers'>, vacancyId: string): void {
  if (isStaff(actor)) return;
  if (actor.roles.includes('employer') && employer.portalUsers.includes(actor.subject)) return;
  throw new NotFoundException(`vacancy ${vacancyId} not found`);
}
