import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CLOCK, type Clock, invalidInput } from '@tandem/platform';
import type { ProgramModuleEntryDto } from './dto/program-modules.dto';
import { ProgramDetailView } from './dto/program.view';
import { findProgramOr404 } from './find-program';
import { ModuleEntity } from './module.entity';
import { assertModulesEditable } from './program';
import { ProgramModuleEntity } from './program-module.entity';
import { loadProgramModules } from './program-modules';
import { ProgramEntity } from './program.entity';

@Injectable()
export class SetProgramModules {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Replaces the whole list; positions are the list's order, from 1. */
  async execute(programId: string, entries: ProgramModuleEntryDto[]): Promise<ProgramDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const program = await findProgramOr404(manager, programId, { lock: true });
      assertModulesEditable(program.status);
      await assertModulesExist(manager, entries);
      await manager.delete(ProgramModuleEntity, { programId });
      if (entries.length > 0) {
        await manager.insert(
          ProgramModuleEntity,
          entries.map(({ moduleId, required }, index) => ({ programId, moduleId, required, position: index + 1 })),
        );
      }
      program.updatedAt = this.clock();
      await manager.update(ProgramEntity, { id: programId }, { updatedAt: program.updatedAt });
      return ProgramDetailView.withModules(program, await loadProgramModules(manager, programId));
    });
  }
}

async function assertModulesExist(manager: EntityManager, entries: ProgramModuleEntryDto[]): Promise<void> {
  const found = await manager.findBy(ModuleEntity, { id: In(entries.map((entry) => entry.moduleId)) });
  const known = new Set(found.map((module) => module.id));
  const problems = Object.fromEntries(
    entries.flatMap(({ moduleId }, index) => (known.has(moduleId) ? [] : [[`modules.${index}.moduleId`, [`module ${moduleId} does not exist`]]])),
  );
  if (Object.keys(problems).length > 0) throw invalidInput(problems);
}
