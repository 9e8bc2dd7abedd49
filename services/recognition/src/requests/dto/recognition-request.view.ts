import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPEAL_OUTCOMES, type AppealOutcome, OUTCOMES, type Outcome } from '../recognition-request';
import type { RecognitionRequestEntity } from '../recognition-request.entity';
import { EvidenceDocumentDto } from './recognition-request.dto';

export class DecisionView {
  @ApiProperty({ enum: OUTCOMES, description: 'The recognition in force, after any appeal' }) outcome!: Outcome;
  @ApiProperty({ enum: ['agreement', 'officer'] }) basis!: 'agreement' | 'officer';
  @ApiPropertyOptional({ format: 'uuid', description: 'The agreement version whose rule decided' }) agreementId?: string;
  @ApiPropertyOptional({ description: 'Position of that rule in the agreement, from 0' }) ruleIndex?: number;
  @ApiPropertyOptional({ type: [String] }) compensationMeasures?: string[];
  @ApiProperty() reasons!: string;
  @ApiPropertyOptional({ description: 'Absent when an agreement decided' }) decidedBy?: string;
  @ApiProperty() decidedAt!: string;
}

export class AppealView {
  @ApiProperty() grounds!: string;
  @ApiProperty() appealedBy!: string;
  @ApiProperty() appealedAt!: string;
  @ApiPropertyOptional({ enum: APPEAL_OUTCOMES }) appealOutcome?: AppealOutcome;
  @ApiPropertyOptional() reasons?: string;
  @ApiPropertyOptional() decidedBy?: string;
  @ApiPropertyOptional() decidedAt?: string;
}

export class RecognitionRequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ type: Object, description: 'What was presented: a verified credential or a foreign qualification, as the rules compare it' })
  presented!: Record<string, unknown>;
  @ApiProperty({ type: [EvidenceDocumentDto] }) evidence!: EvidenceDocumentDto[];
  @ApiProperty({ format: 'date' }) requestedOn!: string;
  @ApiProperty({ enum: ['pending', 'decided'] }) status!: 'pending' | 'decided';
  @ApiPropertyOptional({ type: DecisionView }) decision?: DecisionView;
  @ApiPropertyOptional({ type: AppealView }) appeal?: AppealView;

  static of(request: RecognitionRequestEntity): RecognitionRequestView {
    const { id, participantId, presented, evidence, requestedOn, status } = request;
    return { id, participantId, presented: { ...presented }, evidence, requestedOn, status, ...decisionOf(request), ...appealOf(request) };
  }
}

function decisionOf(request: RecognitionRequestEntity): { decision?: DecisionView } {
  if (!request.outcome || !request.basis || !request.decidedAt) return {};
  const optional = { agreementId: request.agreementId, ruleIndex: request.ruleIndex, compensationMeasures: request.compensationMeasures, decidedBy: request.decidedBy };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null));
  return { decision: { outcome: request.outcome, basis: request.basis, reasons: request.reasons ?? '', decidedAt: request.decidedAt.toISOString(), ...present } };
}

function appealOf(request: RecognitionRequestEntity): { appeal?: AppealView } {
  if (!request.appealedAt || !request.appealGrounds || !request.appealedBy) return {};
  const appeal: AppealView = { grounds: request.appealGrounds, appealedBy: request.appealedBy, appealedAt: request.appealedAt.toISOString() };
  if (request.appealOutcome && request.appealDecidedAt) {
    Object.assign(appeal, { appealOutcome: request.appealOutcome, reasons: request.appealReasons, decidedBy: request.appealDecidedBy, decidedAt: request.appealDecidedAt.toISOString() });
  }
  return { appeal };
}

export class RecognitionRequestPage {
  @ApiProperty({ type: [RecognitionRequestView] }) items!: RecognitionRequestView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
