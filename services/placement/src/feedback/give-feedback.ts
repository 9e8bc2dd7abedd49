import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { dayOf, outsideDays } from '../placements/day';
import { findPlacementOr404 } from '../placements/find-placement';
import type { GiveFeedbackDto } from './dto/feedback-input.dto';
import { EmployerFeedbackEntity } from './employer-feedback.entity';
import { assertFeedbackDue, feedbackOpensOn } from './feedback-due';

/** Records the employer's rating, or replaces the earlier one: the placement's row lock keeps two gives in turn. */
@Injectable()
export class GiveFeedback {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, input: GiveFeedbackDto, actor: Principal): Promise<EmployerFeedbackEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await findPlacementOr404(manager, id, { actor, lock: true });
      const now = this.clock();
      assertFeedbackDue(placement.startedOn, dayOf(now));
      const earliest = { day: feedbackOpensOn(placement.startedOn), what: '90 days after the start' };
      const wrong = outsideDays(input.givenOn, earliest, { day: dayOf(now), what: 'today' });
      if (wrong) throw invalidInput({ givenOn: [`givenOn ${wrong}`] });

      const earlier = await manager.findOneBy(EmployerFeedbackEntity, { placementId: id });
      const { skillsFit, reliability, language, givenOn } = input;
      const feedback = manager.create(EmployerFeedbackEntity, {
        placementId: id,
        skillsFit,
        reliability,
        language,
        comment: input.comment ?? null,
        givenBy: actor.subject,
        givenOn,
        recordedAt: earlier?.recordedAt ?? now,
        updatedAt: earlier ? now : null,
      });
      await manager.save(EmployerFeedbackEntity, feedback);
      const action = earlier ? 'replace-employer-feedback' : 'record-employer-feedback';
      await this.audit.record(manager, { actor, action, resourceType: 'placement', resourceId: id, purpose: JOB_PLACEMENT });
      return feedback;
    });
  }
}
