import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import type { ProgramStatus } from './catalog-types';
import { ProgramView } from './dto/program.view';
import { findProgramOr404 } from './find-program';
import { changeStatus } from './program';
import { loadProgramModules } from './program-modules';
import { ProgramEntity } from './program.entity';

@Injectable()
export class ChangeProgramStatus {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Under the program's lock, so the module list counted is the one the program opens with. */
  async execute(programId: string, to: ProgramStatus): Promise<ProgramView> {
    return this.dataSource.transaction(async (manager) => {
      const program = await findProgramOr404(manager, programId, { lock: true });
      const required = (await loadProgramModules(manager, programId)).filter((module) => module.required).length;
      program.status = changeStatus(program.status, to, required);
      program.updatedAt = this.clock();
      await manager.update(ProgramEntity, { id: programId }, { status: program.status, updatedAt: program.updatedAt });
      return ProgramView.of(program);
    });
  }
}
