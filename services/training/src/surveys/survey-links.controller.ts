import { Body, Controller, Get, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiGoneResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { LimitedPerAddress, Public } from '@tandem/platform';
import { AnswerSurvey } from './answer-survey';
import { SurveyAnswerDto, SurveyFormView } from './dto/survey.dto';
import { SurveyLinks } from './survey-links';
import { SurveyRulesFilter } from './survey-rules.filter';

interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

/** The trainee's own way in, without an account: the link's token is the only key. Limited per client address. */
@ApiTags('surveys')
@Public()
@LimitedPerAddress('RATE_LIMIT_PER_MINUTE')
@ApiTooManyRequestsResponse({ description: 'Too many requests from this address; try again in a minute.' })
@ApiNotFoundResponse({ description: 'No survey has this link (or it was replaced by a newer one).' })
@ApiGoneResponse({ description: 'The survey has been answered (`reason: answered`) or the link has expired (`reason: expired`).' })
@UseFilters(SurveyRulesFilter)
@Controller('survey-links')
export class SurveyLinksController {
  constructor(
    private readonly links: SurveyLinks,
    private readonly answerSurvey: AnswerSurvey,
  ) {}

  @Get(':token')
  @ApiOkResponse({ type: SurveyFormView })
  open(@Param('token') token: string, @Res({ passthrough: true }) response: HeaderSink): Promise<SurveyFormView> {
    // The token is the key: never cached, never passed on as a referrer.
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Referrer-Policy', 'no-referrer');
    return this.links.open(token);
  }

  @Post(':token/answers')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Answered by link (channel `link`); the link opens nothing more.' })
  @ApiBadRequestResponse({ description: 'A score outside 1 to 5, or any other field; nothing was stored.' })
  async answer(@Param('token') token: string, @Body() body: SurveyAnswerDto): Promise<void> {
    await this.answerSurvey.byLink(token, body);
  }
}
