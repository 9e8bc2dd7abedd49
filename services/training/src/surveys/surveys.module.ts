import { Module } from '@nestjs/common';
import { AnswerSurvey } from './answer-survey';
import { InviteToSurveys } from './invite-to-surveys';
import { ListSurveys } from './list-surveys';
import { SurveyLinks } from './survey-links';
import { SurveyLinksController } from './survey-links.controller';
import { SurveysController } from './surveys.controller';

@Module({
  controllers: [SurveysController, SurveyLinksController],
  providers: [InviteToSurveys, SurveyLinks, AnswerSurvey, ListSurveys],
  exports: [InviteToSurveys],
})
export class SurveysModule {}
