import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { PROVIDER_ROLES } from '../training-access';
import { AnswerSurvey } from './answer-survey';
import { SurveyAnswerDto, SurveyLinkView, SurveyView } from './dto/survey.dto';
import { ListSurveys } from './list-surveys';
import { SurveyLinks } from './survey-links';
import { SurveyRulesFilter } from './survey-rules.filter';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('surveys')
@ApiBearerAuth()
@Roles(...PROVIDER_ROLES, 'caseworker')
@UseFilters(SurveyRulesFilter)
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly listSurveys: ListSurveys,
    private readonly links: SurveyLinks,
    private readonly answerSurvey: AnswerSurvey,
  ) {}

  @Get()
  @ApiOkResponse({ type: [SurveyView], description: "Surveys due and not yet answered, oldest first: a provider's trainees, or a caseworker's (those of their cases and referred trainees)." })
  list(@CurrentPrincipal() actor: Principal): Promise<SurveyView[]> {
    return this.listSurveys.open(actor);
  }

  @Post(':id/link')
  @ApiCreatedResponse({ type: SurveyLinkView, description: 'A link the trainee answers by without an account; it replaces the last one.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The survey is not due yet.' })
  @ApiGoneResponse({ description: 'The survey has been answered (`reason: answered`).' })
  link(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SurveyLinkView> {
    return this.links.create(id, actor);
  }

  @Post(':id/answers')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Answered with the caseworker (channel `with-caseworker`).' })
  @ApiBadRequestResponse({ description: 'A score outside 1 to 5, or any other field; nothing was stored.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The survey is not due yet.' })
  @ApiGoneResponse({ description: 'The survey has already been answered (`reason: answered`).' })
  async answer(@Param('id', uuid) id: string, @Body() body: SurveyAnswerDto, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.answerSurvey.withCaseworker(id, body, actor);
  }
}
