import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock';
import { EmployerView } from './dto/employer.view';
import { EmployerEntity } from './employer.entity';
import { findEmployerOr404 } from './find-employer';

@Injectable()
export class SetSuspension {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Suspends or reinstates the employer. Idempotent, so a retried request is harmless: suspending a
   * suspended employer keeps the day it was first suspended.
   */
  async execute(employerId: string, suspended: boolean): Promise<EmployerView> {
    return this.dataSource.transaction(async (manager) => {
      const employer = await findEmployerOr404(manager, employerId, { lock: true });
      employer.suspendedAt = suspended ? (employer.suspendedAt ?? this.clock()) : null;
      await manager.update(EmployerEntity, { id: employerId }, { suspendedAt: employer.suspendedAt });
      return EmployerView.of(employer);
    });
  }
}
