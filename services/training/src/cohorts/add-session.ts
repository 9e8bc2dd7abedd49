import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidInput } from '@tandem/platform';
import { loadProgramModules } from '../catalog/program-modules';
import type { AddSessionDto } from './dto/session.dto';
import { SessionView } from './dto/session.view';
import { findCohortOr404 } from './find-cohort';
import { sessionProblems } from './session';
import { SessionEntity } from './session.entity';

@Injectable()
export class AddSession {
  constructor(private readonly dataSource: DataSource) {}

  async execute(cohortId: string, input: AddSessionDto): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await findCohortOr404(manager, cohortId, { lock: false });
      const programModuleIds = (await loadProgramModules(manager, cohort.programId)).map((module) => module.moduleId);
      const problems = sessionProblems(input, { cohort, programModuleIds });
      if (Object.keys(problems).length > 0) throw invalidInput(problems);
      const session = manager.create(SessionEntity, { ...input, id: randomUUID(), cohortId, moduleId: input.moduleId ?? null });
      await manager.insert(SessionEntity, session);
      return SessionView.of(session);
    });
  }
}
