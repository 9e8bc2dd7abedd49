import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { STAFF } from '../placement-access';
import { AssignGrievance } from './assign-grievance';
import { AssignGrievanceDto, FileGrievanceDto, GrievanceFilterDto, ResolveGrievanceDto } from './dto/grievance-input.dto';
import { GrievanceView } from './dto/grievance.view';
import { FileGrievance } from './file-grievance';
import { GrievanceRulesFilter } from './grievance-rules.filter';
import { ReadGrievances } from './read-grievances';
import { ResolveGrievance } from './resolve-grievance';

const uuid = new ParseUUIDPipe({ version: '4' });

/** An admin handles every grievance; a caseworker sees those they filed or handle. Anyone else's reads as not found. */
@ApiTags('grievances')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles(...STAFF)
@UseFilters(GrievanceRulesFilter)
@Controller('grievances')
export class GrievancesController {
  constructor(
    private readonly fileGrievance: FileGrievance,
    private readonly assignGrievance: AssignGrievance,
    private readonly resolveGrievance: ResolveGrievance,
    private readonly readGrievances: ReadGrievances,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: GrievanceView, description: 'Open, due in 14 days, unassigned.' })
  @ApiForbiddenResponse({ description: 'suspendEmployer from anyone but an admin.' })
  @ApiNotFoundResponse({ description: 'The participant is not one of the caller’s cases.' })
  async file(@Body() body: FileGrievanceDto, @CurrentPrincipal() actor: Principal): Promise<GrievanceView> {
    return GrievanceView.of(await this.fileGrievance.execute(body, actor));
  }

  @Get()
  @ApiOkResponse({ type: [GrievanceView], description: 'Earliest due first.' })
  list(@Query() query: GrievanceFilterDto, @CurrentPrincipal() actor: Principal): Promise<GrievanceView[]> {
    return this.readGrievances.list(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: GrievanceView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<GrievanceView> {
    return this.readGrievances.one(id, actor);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: GrievanceView, description: 'In progress with the assignee.' })
  @ApiForbiddenResponse({ description: 'Only an admin assigns a grievance.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The grievance is resolved.' })
  async assign(@Param('id', uuid) id: string, @Body() body: AssignGrievanceDto, @CurrentPrincipal() actor: Principal): Promise<GrievanceView> {
    return GrievanceView.of(await this.assignGrievance.execute(id, body.assignee, actor));
  }

  @Post(':id/resolution')
  @HttpCode(200)
  @ApiOkResponse({ type: GrievanceView, description: 'Resolved; a suspension filed with it stays until an admin reinstates the employer.' })
  @ApiForbiddenResponse({ description: 'Neither the assignee nor an admin.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Already resolved.' })
  async resolve(@Param('id', uuid) id: string, @Body() body: ResolveGrievanceDto, @CurrentPrincipal() actor: Principal): Promise<GrievanceView> {
    return GrievanceView.of(await this.resolveGrievance.execute(id, body, actor));
  }
}
