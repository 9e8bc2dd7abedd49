import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProgramEntity } from './program.entity';

/**
 * Writers that depend on the program's status lock its row (FOR UPDATE), so a status change and
 * an edit made under the old status never interleave.
 */
export async function findProgramOr404(manager: EntityManager, id: string, options: { lock: boolean }): Promise<ProgramEntity> {
  const program = await manager.findOne(ProgramEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!program) throw new NotFoundException(`program ${id} not found`);
  return program;
}
