import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { STAFF } from '../placement-access';
import { EndPlacementDto, PlacementFilterDto, RecordWageDto, StartPlacementDto } from './dto/placement-input.dto';
import { CheckpointView, PlacementDetailView, PlacementView, WageView } from './dto/placement.view';
import { CheckpointParams, RecordRetentionDto } from './dto/retention-input.dto';
import { EndPlacement } from './end-placement';
import { PlacementRulesFilter } from './placement-rules.filter';
import { ReadPlacements } from './read-placements';
import { RecordRetention } from './record-retention';
import { RecordWage } from './record-wage';
import { StartPlacement } from './start-placement';

const uuid = new ParseUUIDPipe({ version: '4' });

/** A caseworker keeps their own cases' placements; an admin, everyone's. Anyone else's reads as not found. */
@ApiTags('placements')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles(...STAFF)
@UseFilters(PlacementRulesFilter)
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly startPlacement: StartPlacement,
    private readonly endPlacement: EndPlacement,
    private readonly recordRetention: RecordRetention,
    private readonly recordWage: RecordWage,
    private readonly readPlacements: ReadPlacements,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: PlacementView, description: 'With its first wage and its four retention checkpoints.' })
  @ApiNotFoundResponse({ description: 'The participant is not one of the caller’s cases.' })
  @ApiConflictResponse({ description: 'The employer is suspended, or the vacancy is not open.' })
  async create(@Body() body: StartPlacementDto, @CurrentPrincipal() actor: Principal): Promise<PlacementView> {
    return PlacementView.of(await this.startPlacement.execute(body.toRequest(), actor));
  }

  @Get()
  @ApiOkResponse({ type: [PlacementView], description: "A participant's placements, earliest start first; someone else's case reads as none." })
  ofParticipant(@Query() query: PlacementFilterDto, @CurrentPrincipal() actor: Principal): Promise<PlacementView[]> {
    return this.readPlacements.ofParticipant(query.participantId, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: PlacementDetailView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<PlacementDetailView> {
    return this.readPlacements.one(id, actor);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: PlacementView, description: 'Checkpoints that would fall due after the end are no longer asked for.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The placement has already ended.' })
  async end(@Param('id', uuid) id: string, @Body() body: EndPlacementDto, @CurrentPrincipal() actor: Principal): Promise<PlacementView> {
    return PlacementView.of(await this.endPlacement.execute(id, body.endedOn, body.reason, actor));
  }

  @Post(':id/retention/:days')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckpointView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Already answered, or it fell due after the placement ended.' })
  async retention(@Param() params: CheckpointParams, @Body() body: RecordRetentionDto, @CurrentPrincipal() actor: Principal): Promise<CheckpointView> {
    return CheckpointView.of(await this.recordRetention.execute(params.id, body.toAnswer(params.days), actor));
  }

  @Post(':id/wages')
  @ApiCreatedResponse({ type: WageView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The placement has ended.' })
  async wage(@Param('id', uuid) id: string, @Body() body: RecordWageDto, @CurrentPrincipal() actor: Principal): Promise<WageView> {
    return WageView.of(await this.recordWage.execute(id, body.effectiveOn, body.wage, actor));
  }
}
