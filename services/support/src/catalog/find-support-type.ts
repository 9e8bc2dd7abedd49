import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SupportTypeEntity } from './support-type.entity';

export async function findSupportTypeOr404(manager: EntityManager, id: string): Promise<SupportTypeEntity> {
  const type = await manager.findOneBy(SupportTypeEntity, { id });
  if (!type) throw new NotFoundException(`support type ${id} not found`);
  return type;
}
