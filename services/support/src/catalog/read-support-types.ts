import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SupportTypeView } from './dto/support-type.view';
import { findSupportTypeOr404 } from './find-support-type';
import { SupportTypeEntity } from './support-type.entity';

@Injectable()
export class ReadSupportTypes {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole catalog, by code: a municipality offers a handful of types. */
  async all(): Promise<SupportTypeView[]> {
    return (await this.dataSource.manager.find(SupportTypeEntity, { order: { code: 'ASC' } })).map(SupportTypeView.of);
  }

  async one(id: string): Promise<SupportTypeView> {
    return SupportTypeView.of(await findSupportTypeOr404(this.dataSource.manager, id));
  }
}
