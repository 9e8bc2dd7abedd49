import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DIRECTIONS, REFERRAL_STATUSES, TIMELINE_STEPS } from '../referral';
import type { ReferralEntity } from '../referral.entity';
import type { ReferralStepEntity } from '../referral-step.entity';

export class ReferralRequestView {
  @ApiPropertyOptional({ description: 'ISCO-08 unit group asked for', example: '7212' }) occupation?: string;
  @ApiPropertyOptional({ example: 'Welding, evening cohort' }) program?: string;
  @ApiPropertyOptional({ description: 'Note to the receiving caseworker; erased with the profile' }) message?: string;
}

export class ReferralSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DIRECTIONS }) direction!: string;
  @ApiProperty({ description: 'The other municipality', example: 'pl-zgorzelec' }) partner!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The participant’s name as this node holds it; null once erased' })
  displayName!: string | null;
  @ApiProperty({ type: ReferralRequestView }) request!: ReferralRequestView;
  @ApiProperty() sentAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class ReferralView extends ReferralSummaryView {
  @ApiProperty({ nullable: true, type: String, description: 'Outbound: our participant' }) participantId!: string | null;
  @ApiProperty({ enum: ['consent', 'override'] }) legalBasis!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Outbound: the consent it was sent under' }) consentId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Outbound: why consent was overridden' })
  overrideJustification!: string | null;
  @ApiProperty({ nullable: true, type: Object, description: 'Inbound: the minimal profile we were given; null once erased' })
  profile!: object | null;
  @ApiProperty({ nullable: true, type: String }) receivedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Inbound: when we erased it; outbound: when the partner confirmed' })
  erasedAt!: string | null;

  static of(referral: ReferralEntity, displayName: string | null): ReferralView {
    return {
      ...summaryOf(referral, displayName),
      participantId: referral.participantId,
      legalBasis: referral.legalBasis,
      consentId: referral.consentId,
      overrideJustification: referral.overrideJustification,
      profile: referral.profile,
      receivedAt: referral.receivedAt?.toISOString() ?? null,
      erasedAt: referral.erasedAt?.toISOString() ?? null,
    };
  }
}

export function summaryOf(referral: ReferralEntity, displayName: string | null): ReferralSummaryView {
  return {
    id: referral.id,
    direction: referral.direction,
    partner: referral.partner,
    status: referral.status,
    displayName,
    request: referral.request,
    sentAt: referral.sentAt.toISOString(),
    updatedAt: referral.updatedAt.toISOString(),
  };
}

export class ReferralPageView {
  @ApiProperty({ type: [ReferralSummaryView] }) items!: ReferralSummaryView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class TrainingModuleView {
  @ApiProperty({ example: 'WLD-101' }) code!: string;
  @ApiProperty({ example: 'Workshop safety and MAG welding basics' }) title!: string;
}

export class CredentialStepView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'WLD-101' }) code!: string;
  @ApiPropertyOptional({ example: 'Workshop safety and MAG welding basics' }) title?: string;
  @ApiPropertyOptional() validUntil?: string;
  @ApiPropertyOptional({ description: '`credential-issued`: the signed credential (compact JWS) to hand to the trainee; any node verifies it with POST /verifications' })
  jws?: string;
}

export class StepDetailView {
  @ApiPropertyOptional({ type: TrainingModuleView, description: '`module-completed`: the module the trainee completed' })
  module?: TrainingModuleView;
  @ApiPropertyOptional({ type: CredentialStepView, description: '`credential-issued`, `credential-revoked`: the credential the partner issued' })
  credential?: CredentialStepView;
}

export class TimelineStepView {
  @ApiProperty({ enum: TIMELINE_STEPS }) step!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ description: 'The municipality whose node took the step' }) by!: string;
  @ApiPropertyOptional({ description: 'Code of the decline, withdrawal or drop reason' }) reason?: string;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ type: StepDetailView, description: 'Training and credential steps: what the step was about' }) detail?: StepDetailView;

  static of(row: ReferralStepEntity): TimelineStepView {
    return {
      step: row.step,
      at: row.at.toISOString(),
      by: row.by,
      ...(row.reason ? { reason: row.reason } : {}),
      ...(row.comment ? { comment: row.comment } : {}),
      ...(row.detail ? { detail: row.detail } : {}),
    };
  }
}

export class TimelineView {
  @ApiProperty() referralId!: string;
  @ApiProperty({ type: [TimelineStepView] }) steps!: TimelineStepView[];
}
