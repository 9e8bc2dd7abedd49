import { Module } from '@nestjs/common';
import { AgreementsController } from './agreements.controller';
import { ManageAgreements } from './manage-agreements';

@Module({
  controllers: [AgreementsController],
  providers: [ManageAgreements],
})
export class AgreementsModule {}
