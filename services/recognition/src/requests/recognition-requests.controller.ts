import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { DecideRequest } from './decide-request';
import { AppealDecisionDto, AppealDto, CreateRecognitionRequestDto, DecisionDto, ParticipantRequestsQueryDto, RequestQueueQueryDto } from './dto/recognition-request.dto';
import { RecognitionRequestPage, RecognitionRequestView } from './dto/recognition-request.view';
import { ReadRequests } from './read-requests';
import { SubmitRequest } from './submit-request';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('recognition requests')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiNotFoundResponse({ description: 'No such request or participant, or not one of the caller’s participants.' })
@Controller('recognition-requests')
export class RecognitionRequestsController {
  constructor(
    private readonly submit: SubmitRequest,
    private readonly decisions: DecideRequest,
    private readonly reads: ReadRequests,
  ) {}

  @Post()
  @Roles('recognition_officer', 'caseworker')
  @ApiCreatedResponse({ type: RecognitionRequestView, description: 'Decided at once when a rule of an agreement in force matches; pending otherwise.' })
  async create(@Body() body: CreateRecognitionRequestDto, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestView> {
    return RecognitionRequestView.of(await this.submit.execute(body, actor));
  }

  @Get()
  @Roles('recognition_officer', 'caseworker')
  @ApiOkResponse({ type: [RecognitionRequestView] })
  async forParticipant(@Query() query: ParticipantRequestsQueryDto, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestView[]> {
    return (await this.reads.forParticipant(query.participantId, actor)).map(RecognitionRequestView.of);
  }

  @Get('queue')
  @Roles('recognition_officer')
  @ApiOkResponse({ type: RecognitionRequestPage, description: "Every request of the node, oldest first; by `stage`, those awaiting a decision or an appeal's review." })
  async queue(@Query() query: RequestQueueQueryDto, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestPage> {
    const { items, total } = await this.reads.queue(query, actor);
    return { items: items.map(RecognitionRequestView.of), page: query.page, pageSize: query.pageSize, total };
  }

  @Get(':id')
  @Roles('recognition_officer', 'caseworker')
  @ApiOkResponse({ type: RecognitionRequestView })
  async one(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestView> {
    return RecognitionRequestView.of(await this.reads.one(id, actor));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('recognition_officer')
  @ApiOkResponse({ type: RecognitionRequestView, description: 'Decided; RecognitionDecided announced.' })
  @ApiConflictResponse({ description: 'Already decided.' })
  async decide(@Param('id', uuid) id: string, @Body() body: DecisionDto, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestView> {
    return RecognitionRequestView.of(await this.decisions.decide(id, body, actor));
  }

  @Post(':id/appeal')
  @HttpCode(200)
  @Roles('caseworker')
  @ApiOkResponse({ type: RecognitionRequestView })
  @ApiConflictResponse({ description: 'Not decided, already appealed, or the appeal window has closed (the message gives the deadline).' })
  async appeal(@Param('id', uuid) id: string, @Body() body: AppealDto, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestView> {
    return RecognitionRequestView.of(await this.decisions.appeal(id, body.grounds, actor));
  }

  @Post(':id/appeal/decision')
  @HttpCode(200)
  @Roles('recognition_officer')
  @ApiOkResponse({ type: RecognitionRequestView, description: 'Reviewed; AppealDecided announced.' })
  @ApiForbiddenResponse({ description: 'The caller made the decision under appeal.' })
  @ApiConflictResponse({ description: 'No appeal, or already reviewed.' })
  async decideAppeal(@Param('id', uuid) id: string, @Body() body: AppealDecisionDto, @CurrentPrincipal() actor: Principal): Promise<RecognitionRequestView> {
    return RecognitionRequestView.of(await this.decisions.decideAppeal(id, body, actor));
  }
}
