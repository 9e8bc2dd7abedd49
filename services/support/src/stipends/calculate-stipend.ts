import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Between, DataSource, type EntityManager } from 'typeorm';
import { StipendCalculatedV1, tallyAttendance } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { SupportTypeEntity } from '../catalog/support-type.entity';
import { RecordDelivery } from '../deliveries/record-delivery';
import { EntitlementEntity } from '../entitlements/entitlement.entity';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { monthBounds } from '../month';
import { SOCIAL_SUPPORT } from '../support-access';
import { StipendEntity } from './stipend.entity';
import { StipendStateError } from './stipend-errors';
import { stipendFor } from './stipend-rule';

/**
 * Computes a finished month's stipend from the resident's attendance that month, wherever they
 * trained, and pays it into the support log, in one transaction; a month is paid once.
 */
@Injectable()
export class CalculateStipend {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recordDelivery: RecordDelivery,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(entitlementId: string, month: string, actor: Principal): Promise<StipendEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entitlement = await manager.findOne(EntitlementEntity, { where: { id: entitlementId }, lock: { mode: 'pessimistic_write' } });
      if (!entitlement) throw new NotFoundException(`entitlement ${entitlementId} not found`);
      const type = await manager.findOneByOrFail(SupportTypeEntity, { id: entitlement.supportTypeId });
      const now = this.clock();
      const { first, last } = monthBounds(month);
      if (last >= now.toISOString().slice(0, 10)) throw invalidInput({ month: [`${month} has not ended yet`] });
      if (type.kind !== 'stipend') throw new StipendStateError(`entitlement ${entitlementId} is for ${type.kind}, not a stipend`);
      if (entitlement.status !== 'approved') throw new StipendStateError(`entitlement ${entitlementId} is ${entitlement.status}, not approved`);
      if (first > entitlement.periodTo || last < entitlement.periodFrom) {
        throw new StipendStateError(`${month} lies outside the entitlement's period ${entitlement.periodFrom} – ${entitlement.periodTo}`);
      }
      if (await manager.existsBy(StipendEntity, { entitlementId, month })) throw new StipendStateError(`the stipend for ${month} was already calculated`);
      const tally = tallyAttendance(await this.attendance(manager, entitlement.participantId, first, last));
      const stipend = stipendFor(type.unitCostMinor, type.rules, tally);
      const delivery =
        stipend.amountMinor > 0
          ? await this.recordDelivery.within(
              manager,
              entitlement,
              // Paid on the month's last day, or the entitlement's if it ends earlier in the month.
              { date: last < entitlement.periodTo ? last : entitlement.periodTo, units: 1, amountMinor: stipend.amountMinor, provider: `stipend ${month}`, note: null },
              actor,
            )
          : null;
      const row = manager.create(StipendEntity, {
        id: randomUUID(),
        entitlementId,
        month,
        present: tally.present,
        absent: tally.absent,
        excused: tally.excused,
        attendanceRate: tally.rate,
        outcome: stipend.outcome,
        amountMinor: stipend.amountMinor,
        deliveryId: delivery?.id ?? null,
        calculatedBy: actor.subject,
        calculatedAt: now,
      });
      await manager.insert(StipendEntity, row);
      await this.outbox.add(manager, {
        contract: StipendCalculatedV1,
        subject: entitlementId,
        data: {
          entitlementId,
          participantId: entitlement.participantId,
          supportType: type.kind,
          month,
          attendanceRate: tally.rate,
          outcome: stipend.outcome,
          amount: { amountMinor: stipend.amountMinor, currency: entitlement.currency },
          calculatedAt: now.toISOString(),
        },
      });
      await this.audit.record(manager, { actor, action: 'calculate-stipend', resourceType: 'entitlement', resourceId: entitlementId, purpose: SOCIAL_SUPPORT });
      return row;
    });
  }

  private async attendance(manager: EntityManager, participantId: string, first: string, last: string) {
    const rows = await manager.find(AttendanceEntity, { where: { participantId, date: Between(first, last) } });
    return rows.map((row) => row.status);
  }
}
