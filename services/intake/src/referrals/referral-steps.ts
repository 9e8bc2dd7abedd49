import type { EntityManager } from 'typeorm';
import type { EventContract } from '@tandem/contracts';
import type { CrossBorder } from '@tandem/platform';
import type { ReferralStatus, StepDetail, TimelineStep } from './referral';
import { ReferralEntity } from './referral.entity';
import { ReferralStepEntity } from './referral-step.entity';

export interface StepDetails {
  step: TimelineStep;
  at: Date;
  by: string;
  reason?: string;
  comment?: string;
  detail?: StepDetail;
}

/** Records a step once: a redelivered message carries the same event id and adds nothing. */
export async function recordStep(manager: EntityManager, referralId: string, eventId: string, details: StepDetails): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ReferralStepEntity)
    .values({
      referralId,
      eventId,
      ...details,
      reason: details.reason ?? null,
      comment: details.comment ?? null,
      detail: details.detail ?? null,
    })
    .orIgnore()
    .execute();
}

export interface LocalStep {
  contract: EventContract;
  step: TimelineStep;
  status: ReferralStatus;
  at: Date;
  reason?: string;
  comment?: string;
}

/** A step this node takes: new status, the message that tells the partner, and the timeline row, in one transaction. */
export async function takeStep(manager: EntityManager, crossBorder: CrossBorder, referral: ReferralEntity, step: LocalStep): Promise<void> {
  const data = {
    referralId: referral.id,
    at: step.at.toISOString(),
    ...(step.reason ? { reason: step.reason } : {}),
    ...(step.comment ? { comment: step.comment } : {}),
  };
  const message = await crossBorder.send(manager, { contract: step.contract, subject: referral.id, to: referral.partner, data });
  // A referral stored just now already has the step's status and time: one statement fewer per arrival.
  if (referral.status !== step.status || referral.updatedAt.getTime() !== step.at.getTime()) {
    await manager.update(ReferralEntity, { id: referral.id }, { status: step.status, updatedAt: step.at });
    referral.status = step.status;
    referral.updatedAt = step.at;
  }
  await recordStep(manager, referral.id, message.id, {
    step: step.step,
    at: step.at,
    by: crossBorder.municipality,
    reason: step.reason,
    comment: step.comment,
  });
}
