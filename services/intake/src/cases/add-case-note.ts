import { randomUUID } from 'node:crypto';
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT } from '../participants/participant-access';
import { InvalidNoteError, writeNote } from './case';
import { findCaseOr404 } from './case-access';
import { CaseNoteEntity } from './case-note.entity';
import { CaseNoteView } from './dto/case.view';

@Injectable()
export class AddCaseNote {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The body goes to the database only: no outbox message, no log line carries it. */
  async execute(caseId: string, body: string, actor: Principal): Promise<CaseNoteView> {
    return this.dataSource.transaction(async (manager) => {
      await findCaseOr404(manager, caseId, { lock: true, actor });
      const note = writeChecked(caseId, body, { id: randomUUID(), actor: actor.subject, now: this.clock() });
      await manager.insert(CaseNoteEntity, manager.create(CaseNoteEntity, note));
      await this.audit.record(manager, { actor, action: 'add-note', resourceType: 'case', resourceId: caseId, purpose: CASE_MANAGEMENT });
      return CaseNoteView.of(note);
    });
  }
}

function writeChecked(caseId: string, body: string, context: Parameters<typeof writeNote>[2]) {
  try {
    return writeNote(caseId, body, context);
  } catch (error) {
    if (error instanceof InvalidNoteError) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', fields: { body: [error.message] } });
    }
    throw error;
  }
}
