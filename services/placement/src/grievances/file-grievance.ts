import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { applySuspension } from '../employers/apply-suspension';
import { assertMayWorkWith } from '../placement-access';
import type { FileGrievanceDto } from './dto/grievance-input.dto';
import { dueOnFor, GRIEVANCE_HANDLING } from './grievance';
import { GrievanceEntity } from './grievance.entity';
import { employerOfSubject } from './grievance-subject';

/** The grievance and any suspension it asks for, all or nothing. Nothing is announced: its details stay on this node. */
@Injectable()
export class FileGrievance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(input: FileGrievanceDto, actor: Principal): Promise<GrievanceEntity> {
    const { suspendEmployer: suspend = false, participantId = null, ...fields } = input;
    if (suspend && !actor.roles.includes('admin')) throw new ForbiddenException('only an admin suspends an employer');
    return this.dataSource.transaction(async (manager) => {
      if (participantId) await assertMayWorkWith(manager, actor, participantId);
      const employerId = await employerOfSubject(manager, input.subjectType, input.subjectId);
      if (suspend && !employerId) throw invalidInput({ suspendEmployer: ['suspendEmployer needs a subject with an employer'] });
      const now = this.clock();
      const grievance = manager.create(GrievanceEntity, {
        ...fields,
        id: randomUUID(),
        employerId,
        participantId,
        suspendedEmployer: suspend,
        status: 'open',
        dueOn: dueOnFor(now),
        filedBy: actor.subject,
        filedAt: now,
        assignedTo: null,
        outcome: null,
        resolution: null,
        resolvedBy: null,
        resolvedAt: null,
      });
      await manager.insert(GrievanceEntity, grievance);
      if (suspend && employerId) await applySuspension(manager, employerId, now);
      await this.audit.record(manager, { actor, action: 'file', resourceType: 'grievance', resourceId: grievance.id, purpose: GRIEVANCE_HANDLING });
      return grievance;
    });
  }
}
