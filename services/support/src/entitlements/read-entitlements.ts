import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { isSocialWorker, mayReadSupportOf, purposeOf } from '../support-access';
import type { EntitlementListQueryDto } from './dto/entitlement-input.dto';
import { type EntitlementPage, EntitlementView } from './dto/entitlement.view';
import { findEntitlementOr404, mayReach } from './entitlement-access';
import { EntitlementEntity } from './entitlement.entity';

/** Every entitlement a caller sees is audited as read, one row each, in the transaction that read it. */
@Injectable()
export class ReadEntitlements {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  one(id: string, actor: Principal): Promise<EntitlementView> {
    return this.dataSource.transaction(async (manager) => this.seen(manager, actor, await findEntitlementOr404(manager, id, { actor, lock: false })));
  }

  /** A participant's entitlements, earliest period first; someone else's case reads as none. */
  ofParticipant(participantId: string, actor: Principal): Promise<EntitlementView[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await mayReadSupportOf(manager, actor, participantId))) return [];
      const entitlements = await manager.find(EntitlementEntity, { where: { participantId }, order: { periodFrom: 'ASC', requestedAt: 'ASC' } });
      const views: EntitlementView[] = [];
      for (const entitlement of entitlements) {
        if (await mayReach(manager, actor, entitlement)) views.push(await this.seen(manager, actor, entitlement));
      }
      return views;
    });
  }

  /** Every entitlement of the node, newest request first, for social workers, who see every kind; each one listed is audited. */
  page(query: EntitlementListQueryDto, actor: Principal): Promise<EntitlementPage> {
    return this.dataSource.transaction(async (manager) => {
      const [entitlements, total] = await manager.findAndCount(EntitlementEntity, {
        where: query.status ? { status: query.status } : {},
        order: { requestedAt: 'DESC', id: 'ASC' },
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      });
      const items: EntitlementView[] = [];
      for (const entitlement of entitlements) items.push(await this.seen(manager, actor, entitlement));
      return { items, page: query.page, pageSize: query.pageSize, total };
    });
  }

  private async seen(manager: EntityManager, actor: Principal, entitlement: EntitlementEntity): Promise<EntitlementView> {
    await this.audit.record(manager, { actor, action: 'read', resourceType: 'entitlement', resourceId: entitlement.id, purpose: purposeOf(actor) });
    return EntitlementView.of(entitlement, { withReason: isSocialWorker(actor) });
  }
}
