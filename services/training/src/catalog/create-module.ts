import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import type { CreateModuleDto } from './dto/module.dto';
import { ModuleView } from './dto/module.view';
import { ModuleEntity } from './module.entity';

@Injectable()
export class CreateModule {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The code's uniqueness is the database's to keep: two concurrent requests for one code get one module and one 409. */
  async execute(input: CreateModuleDto): Promise<ModuleView> {
    return this.dataSource.transaction(async (manager) => {
      const module = manager.create(ModuleEntity, { ...input, id: randomUUID(), createdAt: this.clock() });
      const inserted = await manager.createQueryBuilder().insert().into(ModuleEntity).values(module).orIgnore().returning('id').execute();
      if (inserted.raw.length === 0) throw new ConflictException(`a module with code ${input.code} already exists`);
      return ModuleView.of(module);
    });
  }
}
