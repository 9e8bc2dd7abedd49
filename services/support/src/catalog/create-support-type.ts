import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import type { CreateSupportTypeDto } from './dto/support-type.dto';
import { SupportTypeView } from './dto/support-type.view';
import { SupportTypeEntity } from './support-type.entity';

@Injectable()
export class CreateSupportType {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The code's uniqueness is the database's to keep: two concurrent requests for one code get one type and one 409. */
  async execute(input: CreateSupportTypeDto): Promise<SupportTypeView> {
    return this.dataSource.transaction(async (manager) => {
      const type = manager.create(SupportTypeEntity, { ...input, id: randomUUID(), createdAt: this.clock() });
      const inserted = await manager.createQueryBuilder().insert().into(SupportTypeEntity).values(type).orIgnore().returning('id').execute();
      if (inserted.raw.length === 0) throw new ConflictException(`a support type with code ${input.code} already exists`);
      return SupportTypeView.of(type);
    });
  }
}
