import { Module } from '@nestjs/common';
import { AddCaseNote } from './add-case-note';
import { AssignCase } from './assign-case';
import { CasesController } from './cases.controller';
import { ChangeCaseStatus } from './change-case-status';
import { ListCaseNotes } from './list-case-notes';
import { ListCases } from './list-cases';
import { ReadCase } from './read-case';

@Module({
  controllers: [CasesController],
  providers: [
    ListCases,
    ReadCase,
    ChangeCaseStatus,
    AssignCase,
    AddCaseNote,
    ListCaseNotes,
  ],
})
export class CasesModule {}
