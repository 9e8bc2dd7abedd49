import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import type { CreateEmployerDto } from './dto/employer.dto';
import { EmployerDetailView } from './dto/employer.view';
import { EmployerSiteEntity } from './employer-site.entity';
import { EmployerEntity } from './employer.entity';

@Injectable()
export class CreateEmployer {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The employer with its sites, all or nothing: an employer without a site could offer no vacancy. */
  async execute(input: CreateEmployerDto): Promise<EmployerDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const { sites, ...fields } = input;
      const employer = manager.create(EmployerEntity, { ...fields, id: randomUUID(), suspendedAt: null, createdAt: this.clock() });
      await manager.insert(EmployerEntity, employer);
      const rows = sites.map((site) => manager.create(EmployerSiteEntity, { ...site, id: randomUUID(), employerId: employer.id }));
      await manager.insert(EmployerSiteEntity, rows);
      return EmployerDetailView.withSites(employer, rows);
    });
  }
}
