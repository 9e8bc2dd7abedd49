import { Module } from '@nestjs/common';
import { FeedbackController } from './feedback.controller';
import { GiveFeedback } from './give-feedback';
import { ReadFeedback } from './read-feedback';

@Module({
  controllers: [FeedbackController],
  providers: [GiveFeedback, ReadFeedback],
})
export class FeedbackModule {}
