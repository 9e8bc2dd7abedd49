import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { matchRule, type Presented } from '../agreements/agreement';
import { versionsInForce } from '../agreements/manage-agreements';
import { RECOGNITION } from '../credentials/credential-access';
import { VerifyCredential } from '../verification/verify-credential';
import type { CreateRecognitionRequestDto } from './dto/recognition-request.dto';
import { presentedCredential, presentedQualification } from './presented';
import { decidedEvent } from './recognition-events';
import { decideByAgreement, UNDECIDED } from './recognition-request';
import { RecognitionRequestEntity } from './recognition-request.entity';
import { assertMayHandle } from './request-access';

/** Records a request and, when a rule of an agreement in force today matches, decides it in the same transaction. */
@Injectable()
export class SubmitRequest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verify: VerifyCredential,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: CreateRecognitionRequestDto, actor: Principal): Promise<RecognitionRequestEntity> {
    await this.dataSource.transaction((manager) => assertMayHandle(manager, actor, input.participantId, `participant ${input.participantId}`));
    // Verified before the transaction: checking status may fetch another node's list.
    const presented = await this.presentedOf(input);
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock();
      const today = now.toISOString().slice(0, 10);
      const request = manager.create(RecognitionRequestEntity, {
        ...UNDECIDED,
        id: randomUUID(),
        participantId: input.participantId,
        presented,
        evidence: input.evidence ?? [],
        requestedOn: today,
        requestedBy: actor.subject,
        requestedAt: now,
      });
      const match = matchRule(await versionsInForce(manager, today), presented, today);
      if (match) Object.assign(request, decideByAgreement(match, now));
      await manager.insert(RecognitionRequestEntity, request);
      if (match) await this.outbox.add(manager, decidedEvent(request));
      await this.audit.record(manager, { actor, action: 'create', resourceType: 'recognition-request', resourceId: request.id, purpose: RECOGNITION });
      return request;
    });
  }

  private async presentedOf(input: CreateRecognitionRequestDto): Promise<Presented> {
    if (input.qualification && input.credentialJws) throw invalidInput({ qualification: ['give either credentialJws or qualification, not both'] });
    if (input.qualification) return presentedQualification(input.qualification);
    const report = await this.verify.execute(input.credentialJws as string);
    const presented = presentedCredential(report);
    if (presented) return presented;
    const failed = report.checks.filter((check) => check.result !== 'passed').map((check) => `${check.check}: ${check.detail}`);
    throw invalidInput({ credentialJws: [`only a valid credential counts; it is ${report.verdict} (${failed.join('; ')})`] });
  }
}
