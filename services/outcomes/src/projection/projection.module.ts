import { Module } from '@nestjs/common';
import { FactsConsumer } from './facts.consumer';

@Module({ controllers: [FactsConsumer] })
export class ProjectionModule {}
