import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AddSiteDto, SiteView } from './dto/site.dto';
import { EmployerSiteEntity } from './employer-site.entity';
import { findEmployerOr404 } from './find-employer';

@Injectable()
export class AddSite {
  constructor(private readonly dataSource: DataSource) {}

  /** A suspended employer may still gain a site: suspension stops vacancies and placements, not record keeping. */
  async execute(employerId: string, input: AddSiteDto): Promise<SiteView> {
    return this.dataSource.transaction(async (manager) => {
      await findEmployerOr404(manager, employerId, { lock: false });
      const site = manager.create(EmployerSiteEntity, { ...input, id: randomUUID(), employerId });
      await manager.insert(EmployerSiteEntity, site);
      return SiteView.of(site);
    });
  }
}
