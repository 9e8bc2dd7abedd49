import { Module } from '@nestjs/common';
import { CreateSupportType } from './create-support-type';
import { ReadSupportTypes } from './read-support-types';
import { SupportTypesController } from './support-types.controller';

@Module({
  controllers: [SupportTypesController],
  providers: [CreateSupportType, ReadSupportTypes],
})
export class SupportCatalogModule {}
