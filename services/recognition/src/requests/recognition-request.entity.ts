import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Presented } from '../agreements/agreement';
import type { AppealOutcome, Outcome, RequestState } from './recognition-request';

/** Metadata of a document that backs a foreign qualification; the document itself stays with the caseworker. */
export interface EvidenceDocument {
  filename: string;
  mediaType: string;
  sha256: string;
}

/** A participant's request to have a credential or foreign qualification recognised, its decision and its appeal. */
@Entity({ name: 'recognition_requests' })
export class RecognitionRequestEntity implements RequestState {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'participant_id' }) participantId!: string;
  @Column('jsonb') presented!: Presented;
  @Column('jsonb') evidence!: EvidenceDocument[];
  /** The day whose agreements decide the request automatically. */
  @Column('date', { name: 'requested_on' }) requestedOn!: string;
  @Column('text', { name: 'requested_by' }) requestedBy!: string;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('text') status!: 'pending' | 'decided';
  @Column('text', { nullable: true }) outcome!: Outcome | null;
  @Column('text', { nullable: true }) basis!: 'agreement' | 'officer' | null;
  @Column('uuid', { name: 'agreement_id', nullable: true }) agreementId!: string | null;
  @Column('integer', { name: 'rule_index', nullable: true }) ruleIndex!: number | null;
  @Column('text', { name: 'compensation_measures', array: true, nullable: true }) compensationMeasures!: string[] | null;
  @Column('text', { nullable: true }) reasons!: string | null;
  /** Null when an agreement decided. */
  @Column('text', { name: 'decided_by', nullable: true }) decidedBy!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('text', { name: 'appeal_grounds', nullable: true }) appealGrounds!: string | null;
  @Column('text', { name: 'appealed_by', nullable: true }) appealedBy!: string | null;
  @Column('timestamptz', { name: 'appealed_at', nullable: true }) appealedAt!: Date | null;
  @Column('text', { name: 'appeal_outcome', nullable: true }) appealOutcome!: AppealOutcome | null;
  @Column('text', { name: 'appeal_reasons', nullable: true }) appealReasons!: string | null;
  @Column('text', { name: 'appeal_decided_by', nullable: true }) appealDecidedBy!: string | null;
  @Column('timestamptz', { name: 'appeal_decided_at', nullable: true }) appealDecidedAt!: Date | null;
}
