import { BadRequestException, Body, ConflictException, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CrossBorder, CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { AnswerReferral } from './answer-referral';
import { ReadReferrals } from './read-referrals';
import { ReferralNotCoveredError, ReferralStateError } from './referral';
import { SendReferral } from './send-referral';
import { DeclineReferralDto, ListReferralsQuery, SendReferralDto, WithdrawReferralDto } from './dto/referral-input.dto';
import { ReferralPageView, ReferralView, TimelineView } from './dto/referral.view';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('referrals')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiNotFoundResponse({ description: 'No such referral, or not one the caller may see.' })
@Roles('caseworker', 'admin')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly sendReferral: SendReferral,
    private readonly answerReferral: AnswerReferral,
    private readonly readReferrals: ReadReferrals,
    private readonly crossBorder: CrossBorder,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ReferralView })
  @ApiConflictResponse({ description: 'No consent in force covers a cross-border referral to the destination.' })
  async send(@Body() body: SendReferralDto, @CurrentPrincipal() actor: Principal): Promise<ReferralView> {
    if (!this.crossBorder.isPartner(body.destination)) {
      const problem = `${body.destination} is not another municipality of the federation`;
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', fields: { destination: [problem] } });
    }
    const referral = await conflictOn409(() => this.sendReferral.execute(body, actor));
    return ReferralView.of(referral, null);
  }

  @Get()
  @ApiOkResponse({ type: ReferralPageView })
  list(@Query() query: ListReferralsQuery, @CurrentPrincipal() actor: Principal): Promise<ReferralPageView> {
    return this.readReferrals.page(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReferralView })
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<ReferralView> {
    return this.readReferrals.one(id, actor);
  }

  @Get(':id/timeline')
  @ApiOkResponse({ type: TimelineView })
  timeline(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<TimelineView> {
    return this.readReferrals.timeline(id, actor);
  }

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiConflictResponse({ description: 'Not an inbound referral waiting for an answer.' })
  async accept(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<ReferralView> {
    return ReferralView.of(await conflictOn409(() => this.answerReferral.respond(id, { accept: true }, actor)), null);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiConflictResponse({ description: 'Not an inbound referral waiting for an answer.' })
  async decline(@Param('id', uuid) id: string, @Body() body: DeclineReferralDto, @CurrentPrincipal() actor: Principal): Promise<ReferralView> {
    return ReferralView.of(await conflictOn409(() => this.answerReferral.respond(id, { decline: body }, actor)), null);
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiConflictResponse({ description: 'The referral is already declined or withdrawn.' })
  async withdraw(@Param('id', uuid) id: string, @Body() body: WithdrawReferralDto, @CurrentPrincipal() actor: Principal): Promise<ReferralView> {
    return ReferralView.of(await conflictOn409(() => this.answerReferral.withdraw(id, body, actor)), null);
  }
}

async function conflictOn409<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReferralNotCoveredError || error instanceof ReferralStateError) throw new ConflictException(error.message);
    throw error;
  }
}
