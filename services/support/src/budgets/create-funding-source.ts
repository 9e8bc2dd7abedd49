import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import { type CreateFundingSourceDto, FundingSourceView } from './dto/funding-source.dto';
import { FundingSourceEntity } from './funding-source.entity';

@Injectable()
export class CreateFundingSource {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The name's uniqueness is the database's to keep, so concurrent requests for one name get one source and one 409. */
  async execute(input: CreateFundingSourceDto): Promise<FundingSourceView> {
    return this.dataSource.transaction(async (manager) => {
      const source = manager.create(FundingSourceEntity, { ...input, id: randomUUID(), createdAt: this.clock() });
      const inserted = await manager.createQueryBuilder().insert().into(FundingSourceEntity).values(source).orIgnore().returning('id').execute();
      if (inserted.raw.length === 0) throw new ConflictException(`a funding source named ${input.name} already exists`);
      return FundingSourceView.of(source);
    });
  }
}
