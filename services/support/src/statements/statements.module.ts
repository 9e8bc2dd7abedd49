import { Module } from '@nestjs/common';
import { ReadStatements } from './read-statements';
import { StatementsController } from './statements.controller';

@Module({
  controllers: [StatementsController],
  providers: [ReadStatements],
})
export class StatementsModule {}
