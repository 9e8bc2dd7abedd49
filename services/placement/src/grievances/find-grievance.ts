import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { GrievanceEntity } from './grievance.entity';

/** An admin sees every grievance; a caseworker those they filed or handle. */
export function maySee(actor: Principal, grievance: Pick<GrievanceEntity, 'filedBy' | 'assignedTo'>): boolean {
  return actor.roles.includes('admin') || grievance.filedBy === actor.subject || grievance.assignedTo === actor.subject;
}

/** A grievance the actor may see, or 404 naming only its id. Writers lock it (FOR UPDATE), so an assignment and a resolution apply one at a time. */
export async function findGrievanceOr404(manager: EntityManager, id: string, options: { actor: Principal; lock: boolean }): Promise<GrievanceEntity> {
  const grievance = await manager.findOne(GrievanceEntity, { where: { id }, lock: options.lock ? { mode: 'pessimistic_write' } : undefined });
  if (!grievance || !maySee(options.actor, grievance)) throw new NotFoundException(`grievance ${id} not found`);
  return grievance;
}
