import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionView } from './dto/session.view';
import { findCohortOr404 } from './find-cohort';
import { SessionEntity } from './session.entity';

@Injectable()
export class ReadSessions {
  constructor(private readonly dataSource: DataSource) {}

  /** The cohort's timetable in the order it is taught. */
  async ofCohort(cohortId: string): Promise<SessionView[]> {
    return this.dataSource.transaction(async (manager) => {
      await findCohortOr404(manager, cohortId, { lock: false });
      const sessions = await manager.find(SessionEntity, { where: { cohortId }, order: { date: 'ASC', startsAt: 'ASC', id: 'ASC' } });
      return sessions.map(SessionView.of);
    });
  }
}
