import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PortalUsersView } from './dto/portal-users.dto';
import { EmployerEntity } from './employer.entity';
import { findEmployerOr404 } from './find-employer';

@Injectable()
export class SetPortalUsers {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces who may read the employer's shortlists; a retried request is harmless. */
  execute(employerId: string, subjects: string[]): Promise<PortalUsersView> {
    return this.dataSource.transaction(async (manager) => {
      await findEmployerOr404(manager, employerId, { lock: true });
      await manager.update(EmployerEntity, { id: employerId }, { portalUsers: subjects });
      return { employerId, subjects };
    });
  }
}
