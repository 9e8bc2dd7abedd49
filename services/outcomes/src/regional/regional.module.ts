import { Module } from '@nestjs/common';
import { FiguresModule } from '../figures/figures.module';
import { PartnerFiguresConsumer } from './partner-figures.consumer';
import { PublishRegionalFigures } from './publish-regional-figures';
import { ReadRegionalFigures } from './regional-figures';
import { RegionalFiguresController } from './regional-figures.controller';

@Module({
  imports: [FiguresModule],
  controllers: [RegionalFiguresController, PartnerFiguresConsumer],
  providers: [PublishRegionalFigures, ReadRegionalFigures],
})
export class RegionalModule {}
