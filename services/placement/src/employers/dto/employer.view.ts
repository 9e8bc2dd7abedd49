import { ApiProperty } from '@nestjs/swagger';
import type { EmployerSiteEntity } from '../employer-site.entity';
import type { EmployerEntity } from '../employer.entity';
import { ContactDto } from './employer.dto';
import { SiteView } from './site.dto';

export class EmployerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'NACE Rev. 2 section letters' }) sectors!: string[];
  @ApiProperty({ type: ContactDto }) contact!: ContactDto;
  @ApiProperty() crossBorder!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Since when it is kept out of matching' }) suspendedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  /** Without its portal users: anyone of the node reads employers, and who logs in for one is not theirs to know. */
  static of({ portalUsers: _, ...employer }: EmployerEntity): EmployerView {
    return { ...employer, suspendedAt: employer.suspendedAt?.toISOString() ?? null, createdAt: employer.createdAt.toISOString() };
  }
}

export class EmployerDetailView extends EmployerView {
  @ApiProperty({ type: [SiteView] }) sites!: SiteView[];

  static withSites(employer: EmployerEntity, sites: EmployerSiteEntity[]): EmployerDetailView {
    return { ...EmployerView.of(employer), sites: sites.map(SiteView.of) };
  }
}
