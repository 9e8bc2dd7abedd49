import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { RECOGNITION } from '../credentials/credential-access';
import { type AgreementRule, type AgreementVersion, overlaps } from './agreement';
import { AgreementEntity } from './agreement.entity';
import type { CreateAgreementDto } from './dto/agreement.dto';

/** Recording agreement versions and reading them; every write and read audited. */
@Injectable()
export class ManageAgreements {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(input: CreateAgreementDto, actor: Principal): Promise<AgreementEntity> {
    if (input.effectiveTo !== null && input.effectiveTo <= input.effectiveFrom) throw invalidInput({ effectiveTo: ['effectiveTo must be after effectiveFrom'] });
    return this.dataSource.transaction(async (manager) => {
      // Two officers recording versions of one key at once must not both pass the overlap check.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`recognition-agreement:${input.agreementKey}`]);
      const versions = await manager.find(AgreementEntity, { where: { agreementKey: input.agreementKey }, order: { version: 'ASC' } });
      const clash = versions.find((version) => overlaps(version, input));
      if (clash) {
        const until = clash.effectiveTo ?? 'open end';
        throw new ConflictException(`version ${clash.version} of agreement ${input.agreementKey} is in force from ${clash.effectiveFrom} to ${until}, overlapping these dates`);
      }
      // The DTO's checks per source kind make each rule one of the kinds the domain knows.
      const rules = input.rules as AgreementRule[];
      const agreement = manager.create(AgreementEntity, { ...input, rules, id: randomUUID(), version: versions.length + 1, createdBy: actor.subject, createdAt: this.clock() });
      await manager.insert(AgreementEntity, agreement);
      await this.audit.record(manager, { actor, action: 'create', resourceType: 'recognition-agreement', resourceId: agreement.id, purpose: RECOGNITION });
      return agreement;
    });
  }

  async list(actor: Principal): Promise<AgreementEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const agreements = await manager.find(AgreementEntity, { order: { agreementKey: 'ASC', version: 'ASC' } });
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'recognition-agreements', resourceId: 'all', purpose: RECOGNITION });
      return agreements;
    });
  }

  async one(id: string, actor: Principal): Promise<AgreementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await manager.findOneBy(AgreementEntity, { id });
      if (!agreement) throw new NotFoundException(`agreement ${id} not found`);
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'recognition-agreement', resourceId: id, purpose: RECOGNITION });
      return agreement;
    });
  }
}

/** The versions in force on `day`, for a decision made on that day. */
export function versionsInForce(manager: EntityManager, day: string): Promise<AgreementVersion[]> {
  return manager.find(AgreementEntity, {
    where: [
      { effectiveFrom: LessThanOrEqual(day), effectiveTo: IsNull() },
      { effectiveFrom: LessThanOrEqual(day), effectiveTo: MoreThan(day) },
    ],
  });
}
