import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { ParticipantDemographicsV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';

/** Keeps each participant's gender and age band, only to decide whether a public event may carry them. */
@Controller()
export class DemographicsConsumer {
  @EventPattern(ParticipantDemographicsV1.type)
  async keep(@Payload() data: Static<typeof ParticipantDemographicsV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    await context.manager.query(
      `INSERT INTO participant_demographics (participant_id, gender, age_band) VALUES ($1, $2, $3)
       ON CONFLICT (participant_id) DO UPDATE SET gender = excluded.gender, age_band = excluded.age_band`,
      [data.participantId, data.gender, data.ageBandAtRegistration],
    );
  }
}
