import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import { findProgramOr404 } from '../catalog/find-program';
import { assertTakesCohorts } from '../catalog/program';
import { CohortEntity } from './cohort.entity';
import type { CreateCohortDto } from './dto/cohort.dto';
import { CohortView } from './dto/cohort.view';

@Injectable()
export class CreateCohort {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Under the program's lock, so a program being closed gets no cohort after it. */
  async execute(programId: string, input: CreateCohortDto): Promise<CohortView> {
    return this.dataSource.transaction(async (manager) => {
      const program = await findProgramOr404(manager, programId, { lock: true });
      assertTakesCohorts(program.status);
      const cohort = manager.create(CohortEntity, {
        ...input,
        id: randomUUID(),
        programId,
        capacity: input.capacity ?? program.capacity,
        createdAt: this.clock(),
      });
      await manager.insert(CohortEntity, cohort);
      return CohortView.of(cohort);
    });
  }
}
