import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import type { CreateProgramDto } from './dto/program.dto';
import { ProgramView } from './dto/program.view';
import { ProgramEntity } from './program.entity';

@Injectable()
export class CreateProgram {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A new program is a draft: its modules are listed next, and it opens once one of them is required. */
  async execute(input: CreateProgramDto): Promise<ProgramView> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock();
      const program = manager.create(ProgramEntity, {
        ...input,
        id: randomUUID(),
        escoOccupation: input.escoOccupation ?? null,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(ProgramEntity, program);
      return ProgramView.of(program);
    });
  }
}
