import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import { type AttendanceStatus, AttendanceRecordedV1, ReferredAttendanceRecordedV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';

interface Attended {
  participantId: string;
  sessionId: string;
  date: string;
  status: AttendanceStatus;
  recordedAt: string;
}

/**
 * Keeps the attendance of this node's residents: at programs here (training's registers) and across
 * the border (as intake let it in). A later entry for a session replaces an earlier one, never the reverse.
 */
@Controller()
export class AttendanceConsumer {
  @EventPattern(AttendanceRecordedV1.type)
  async local(@Payload() data: Static<typeof AttendanceRecordedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    for (const record of data.records) {
      // A trainee referred here from a partner node is that node's resident: its support pays them.
      if (!record.trainee.participantId) continue;
      await keep(context.manager, 'local', {
        participantId: record.trainee.participantId,
        sessionId: data.sessionId,
        date: data.date,
        status: record.status,
        recordedAt: data.recordedAt,
      });
    }
  }

  @EventPattern(ReferredAttendanceRecordedV1.type)
  async acrossTheBorder(
    @Payload() data: Static<typeof ReferredAttendanceRecordedV1.schema>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    await keep(context.manager, 'referral', data);
  }
}

async function keep(manager: EntityManager, source: 'local' | 'referral', entry: Attended): Promise<void> {
  await manager.query(
    `INSERT INTO attendance (participant_id, session_id, date, status, source, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (participant_id, session_id) DO UPDATE
       SET date = excluded.date, status = excluded.status, source = excluded.source, recorded_at = excluded.recorded_at
       WHERE attendance.recorded_at <= excluded.recorded_at`,
    [entry.participantId, entry.sessionId, entry.date, entry.status, source, entry.recordedAt],
  );
}
