import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findProgramOr404 } from '../catalog/find-program';
import { countPlaces } from './cohort-places';
import { CohortEntity } from './cohort.entity';
import { CohortDetailView, CohortView } from './dto/cohort.view';
import { findCohortOr404 } from './find-cohort';

@Injectable()
export class ReadCohorts {
  constructor(private readonly dataSource: DataSource) {}

  /** The program's cohorts, earliest start first; 404 for an unknown program rather than an empty list. */
  async ofProgram(programId: string): Promise<CohortView[]> {
    return this.dataSource.transaction(async (manager) => {
      await findProgramOr404(manager, programId, { lock: false });
      const cohorts = await manager.find(CohortEntity, { where: { programId }, order: { startsOn: 'ASC', name: 'ASC', id: 'ASC' } });
      return cohorts.map(CohortView.of);
    });
  }

  async one(id: string): Promise<CohortDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await findCohortOr404(manager, id, { lock: false });
      return CohortDetailView.withPlaces(cohort, await countPlaces(manager, cohort));
    });
  }
}
