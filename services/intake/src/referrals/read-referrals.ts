import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { ParticipantEntity } from '../participants/participant.entity';
import { timelineOrder } from './referral';
import { findReferralOr404, REFERRAL_HANDLING } from './referral-access';
import { ReferralEntity } from './referral.entity';
import { ReferralStepEntity } from './referral-step.entity';
import { type ListReferralsQuery } from './dto/referral-input.dto';
import { type ReferralPageView, ReferralView, summaryOf, TimelineStepView, type TimelineView } from './dto/referral.view';

/** Reads of referrals; each names a person, so each is audited per referral, in the reading transaction. */
@Injectable()
export class ReadReferrals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  one(id: string, actor: Principal): Promise<ReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findReferralOr404(manager, id, { lock: false, actor });
      await this.audited(manager, actor, 'read', [referral]);
      return ReferralView.of(referral, displayNameOf(referral, await participantNames(manager, [referral])));
    });
  }

  timeline(id: string, actor: Principal): Promise<TimelineView> {
    return this.dataSource.transaction(async (manager) => {
      await findReferralOr404(manager, id, { lock: false, actor });
      const steps = await manager.find(ReferralStepEntity, { where: { referralId: id } });
      await this.audited(manager, actor, 'read-timeline', [{ id }]);
      return { referralId: id, steps: steps.sort(timelineOrder).map(TimelineStepView.of) };
    });
  }

  /** Outbound referrals of the actor's own cases (all of them for an admin) and the node's inbound queue. */
  page(query: ListReferralsQuery, actor: Principal): Promise<ReferralPageView> {
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .createQueryBuilder(ReferralEntity, 'referral')
        .leftJoin('cases', 'c', 'c.participant_id = referral.participant_id')
        .where(
          actor.roles.includes('admin')
            ? 'true'
            : "(referral.direction = 'inbound' OR c.assigned_caseworker = :subject)",
          { subject: actor.subject },
        );
      if (query.direction) builder.andWhere('referral.direction = :direction', { direction: query.direction });
      if (query.status) builder.andWhere('referral.status = :status', { status: query.status });
      const [referrals, total] = await builder
        .orderBy('referral.sentAt', 'DESC')
        .addOrderBy('referral.id')
        .skip((query.page - 1) * query.pageSize)
        .take(query.pageSize)
        .getManyAndCount();
      await this.audited(manager, actor, 'list', referrals);
      const names = await participantNames(manager, referrals);
      const items = referrals.map((referral) => summaryOf(referral, displayNameOf(referral, names)));
      return { items, page: query.page, pageSize: query.pageSize, total };
    });
  }

  private async audited(manager: EntityManager, actor: Principal, action: string, referrals: Array<{ id: string }>): Promise<void> {
    for (const { id } of referrals) {
      await this.audit.record(manager, { actor, action, resourceType: 'referral', resourceId: id, purpose: REFERRAL_HANDLING });
    }
  }
}

/** Names of the participants of outbound referrals, in one query. */
async function participantNames(manager: EntityManager, referrals: ReferralEntity[]): Promise<Map<string, string>> {
  const ids = referrals.flatMap((referral) => (referral.participantId ? [referral.participantId] : []));
  if (ids.length === 0) return new Map();
  const participants = await manager.findBy(ParticipantEntity, { id: In(ids) });
  return new Map(participants.map((participant) => [participant.id, `${participant.givenName} ${participant.familyName}`]));
}

/** Inbound: the name we were given, if any is left; outbound: our participant's. */
function displayNameOf(referral: ReferralEntity, participantNames: Map<string, string>): string | null {
  if (referral.direction === 'outbound') return participantNames.get(referral.participantId as string) ?? null;
  const name = [referral.profile?.givenName, referral.profile?.familyName].filter(Boolean).join(' ');
  return name || null;
}
