import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { RecognitionConfig } from '../config';
import { RECOGNITION } from '../credentials/credential-access';
import type { AppealDecisionDto, DecisionDto } from './dto/recognition-request.dto';
import { appealDecidedEvent, decidedEvent } from './recognition-events';
import { appeal, decideAppeal, decideByOfficer, type RequestState, RequestRuleBroken } from './recognition-request';
import { RecognitionRequestEntity } from './recognition-request.entity';
import { assertMayHandle, isCaseworkerOf } from './request-access';

type Change = (request: RecognitionRequestEntity, now: Date, manager: EntityManager) => Promise<Partial<RequestState>> | Partial<RequestState>;

/** An officer's decision, the caseworker's appeal against it, and another officer's review; each one transaction. */
@Injectable()
export class DecideRequest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly config: RecognitionConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  decide(id: string, command: DecisionDto, actor: Principal): Promise<RecognitionRequestEntity> {
    return this.change(id, actor, 'decide', (request, now) => decideByOfficer(request, command, actor.subject, now), decidedEvent);
  }

  appeal(id: string, grounds: string, actor: Principal): Promise<RecognitionRequestEntity> {
    return this.change(id, actor, 'appeal', async (request, now, manager) => {
      if (!(await isCaseworkerOf(manager, actor, request.participantId))) throw new ForbiddenException("only the caseworker of the participant's case may appeal");
      return appeal(request, grounds, actor.subject, now, this.config.RECOGNITION_APPEAL_WINDOW_DAYS);
    });
  }

  decideAppeal(id: string, command: AppealDecisionDto, actor: Principal): Promise<RecognitionRequestEntity> {
    return this.change(id, actor, 'decide-appeal', (request, now) => decideAppeal(request, command, actor.subject, now), appealDecidedEvent);
  }

  private async change(
    id: string,
    actor: Principal,
    action: string,
    apply: Change,
    event?: (request: RecognitionRequestEntity) => Parameters<Outbox['add']>[1],
  ): Promise<RecognitionRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(RecognitionRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new NotFoundException(`recognition request ${id} not found`);
      await assertMayHandle(manager, actor, request.participantId, `recognition request ${id}`);
      Object.assign(request, await asHttp(() => apply(request, this.clock(), manager)));
      await manager.save(request);
      if (event) await this.outbox.add(manager, event(request));
      await this.audit.record(manager, { actor, action, resourceType: 'recognition-request', resourceId: id, purpose: RECOGNITION });
      return request;
    });
  }
}

async function asHttp<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RequestRuleBroken)) throw error;
    throw error.refusal === 'forbidden' ? new ForbiddenException(error.message) : new ConflictException(error.message);
  }
}
