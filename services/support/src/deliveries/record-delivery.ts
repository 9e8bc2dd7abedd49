import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { periodOf } from '../budgets/period';
import { SupportTypeEntity } from '../catalog/support-type.entity';
import { EntitlementEntity } from '../entitlements/entitlement.entity';
import { SupportEvents } from '../entitlements/support-events';
import { SOCIAL_SUPPORT } from '../support-access';
import { assertDeliverable, assertWithinCaps, defaultAmount, type Usage } from './delivery';
import { DeliveryEntity } from './delivery.entity';

export interface DeliveryInput {
  /** `YYYY-MM-DD`, within the entitlement's period and not in the future. */
  date: string;
  /** More than 0, two decimals at most. */
  units: number;
  /** Default: units × the support type's unit cost. */
  amountMinor?: number;
  provider: string;
  /** Sensitive: social workers only, never in an event. */
  note: string | null;
}

/** One entry of the support log, with every check that keeps its entitlement within its cap. */
@Injectable()
export class RecordDelivery {
  constructor(
    private readonly events: SupportEvents,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Inside the caller's transaction. The entitlement is re-read FOR UPDATE, so deliveries under it
   * are checked one after another against all that came before; its cap is already committed in
   * its budget, so staying under the cap keeps the budget whole.
   */
  async within(manager: EntityManager, entitlement: Pick<EntitlementEntity, 'id'>, input: DeliveryInput, actor: Principal): Promise<DeliveryEntity> {
    const current = await manager.findOneOrFail(EntitlementEntity, { where: { id: entitlement.id }, lock: { mode: 'pessimistic_write' } });
    assertDeliverable(current.status);
    const now = this.clock();
    assertDeliveryDate(input.date, current, now);
    const type = await manager.findOneByOrFail(SupportTypeEntity, { id: current.supportTypeId });
    const usage: Usage = { units: input.units, amountMinor: input.amountMinor ?? defaultAmount(input.units, type.unitCostMinor) };
    assertWithinCaps(current, await usedSoFar(manager, current.id), usage);
    const delivery = manager.create(DeliveryEntity, {
      ...usage,
      id: randomUUID(),
      entitlementId: current.id,
      date: input.date,
      provider: input.provider,
      note: input.note,
      recordedBy: actor.subject,
      recordedAt: now,
    });
    await manager.insert(DeliveryEntity, delivery);
    await this.events.delivered(manager, current, delivery);
    await this.audit.record(manager, { actor, action: 'record', resourceType: 'delivery', resourceId: delivery.id, purpose: SOCIAL_SUPPORT });
    return delivery;
  }
}

function assertDeliveryDate(date: string, entitlement: EntitlementEntity, now: Date): void {
  const { from, to } = periodOf(entitlement);
  if (date > now.toISOString().slice(0, 10)) throw invalidInput({ date: ['date must not be in the future'] });
  if (date < from || date > to) throw invalidInput({ date: [`date must lie within the entitlement's period, ${from} to ${to}`] });
}

async function usedSoFar(manager: EntityManager, entitlementId: string): Promise<Usage> {
  const [row] = await manager.query(
    `SELECT COALESCE(sum(amount_minor), 0) AS amount, COALESCE(sum(units), 0) AS units FROM deliveries WHERE entitlement_id = $1`,
    [entitlementId],
  );
  return { amountMinor: Number(row.amount), units: Number(row.units) };
}
