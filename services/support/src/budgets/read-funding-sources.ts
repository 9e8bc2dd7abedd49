import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FundingSourceView } from './dto/funding-source.dto';
import { FundingSourceEntity } from './funding-source.entity';

@Injectable()
export class ReadFundingSources {
  constructor(private readonly dataSource: DataSource) {}

  /** Every source, by name: a municipality has a few. */
  async all(): Promise<FundingSourceView[]> {
    return (await this.dataSource.manager.find(FundingSourceEntity, { order: { name: 'ASC' } })).map(FundingSourceView.of);
  }
}
