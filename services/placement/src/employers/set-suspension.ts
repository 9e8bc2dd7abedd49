import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import { EmployerView } from './dto/employer.view';
import { applySuspension } from './apply-suspension';

@Injectable()
export class SetSuspension {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Suspends or reinstates the employer; a retried request is harmless. */
  execute(employerId: string, suspended: boolean): Promise<EmployerView> {
    return this.dataSource.transaction(async (manager) => EmployerView.of(await applySuspension(manager, employerId, suspended ? this.clock() : null)));
  }
}
