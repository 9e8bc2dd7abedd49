import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ModuleView } from './dto/module.view';
import { ModuleEntity } from './module.entity';

@Injectable()
export class ReadModules {
  constructor(private readonly dataSource: DataSource) {}

  /** Every module of the node, by code: a provider's catalog is small enough for one page. */
  async all(): Promise<ModuleView[]> {
    return (await this.dataSource.manager.find(ModuleEntity, { order: { code: 'ASC' } })).map(ModuleView.of);
  }

  async one(id: string): Promise<ModuleView> {
    const module = await this.dataSource.manager.findOneBy(ModuleEntity, { id });
    if (!module) throw new NotFoundException(`module ${id} not found`);
    return ModuleView.of(module);
  }
}
