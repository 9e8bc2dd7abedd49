import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmployerDetailView, EmployerView } from './dto/employer.view';
import { EmployerSiteEntity } from './employer-site.entity';
import { EmployerEntity } from './employer.entity';
import { findEmployerOr404 } from './find-employer';

@Injectable()
export class ReadEmployers {
  constructor(private readonly dataSource: DataSource) {}

  /** By name; suspended ones included, showing since when. */
  async list(crossBorder?: boolean): Promise<EmployerView[]> {
    const employers = await this.dataSource.manager.find(EmployerEntity, { where: { crossBorder }, order: { name: 'ASC', id: 'ASC' } });
    return employers.map(EmployerView.of);
  }

  async one(id: string): Promise<EmployerDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const employer = await findEmployerOr404(manager, id, { lock: false });
      const sites = await manager.find(EmployerSiteEntity, { where: { employerId: id }, order: { country: 'ASC', municipality: 'ASC', address: 'ASC' } });
      return EmployerDetailView.withSites(employer, sites);
    });
  }
}
