import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgramStatus } from './catalog-types';
import { ProgramDetailView, ProgramView } from './dto/program.view';
import { findProgramOr404 } from './find-program';
import { loadProgramModules } from './program-modules';
import { ProgramEntity } from './program.entity';

@Injectable()
export class ReadPrograms {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; caseworkers browse the open ones to refer trainees. */
  async list(status?: ProgramStatus): Promise<ProgramView[]> {
    const programs = await this.dataSource.manager.find(ProgramEntity, { where: { status }, order: { createdAt: 'DESC', id: 'DESC' } });
    return programs.map(ProgramView.of);
  }

  async one(id: string): Promise<ProgramDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const program = await findProgramOr404(manager, id, { lock: false });
      return ProgramDetailView.withModules(program, await loadProgramModules(manager, id));
    });
  }
}
