import { Module } from '@nestjs/common';
import { PublicModule } from '../public/public.module';
import { DueCheckpoints } from './due-checkpoints';
import { EndPlacement } from './end-placement';
import { PlacementEvents } from './placement-events';
import { PlacementsController } from './placements.controller';
import { ReadPlacements } from './read-placements';
import { RecordRetention } from './record-retention';
import { RecordWage } from './record-wage';
import { RetentionCheckpointsController } from './retention-checkpoints.controller';
import { StartPlacement } from './start-placement';
import { WageHistory } from './wage-history';

@Module({
  imports: [PublicModule],
  controllers: [PlacementsController, RetentionCheckpointsController],
  providers: [StartPlacement, EndPlacement, RecordRetention, RecordWage, ReadPlacements, DueCheckpoints, PlacementEvents, WageHistory],
})
export class PlacementsModule {}
