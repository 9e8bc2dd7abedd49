import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
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
import { Roles } from '@tandem/platform';
import { ProgramRulesFilter } from '../catalog/program-rules.filter';
import { NODE_READERS, PROVIDER_ROLES } from '../training-access';
import { AddSession } from './add-session';
import { CreateCohort } from './create-cohort';
import { CreateCohortDto } from './dto/cohort.dto';
import { CohortDetailView, CohortView } from './dto/cohort.view';
import { AddSessionDto } from './dto/session.dto';
import { SessionView } from './dto/session.view';
import { ReadCohorts } from './read-cohorts';
import { ReadSessions } from './read-sessions';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Providers plan cohorts and their timetables; anyone of the node reads them (no personal data of trainees). */
@ApiTags('cohorts')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles(...PROVIDER_ROLES)
@UseFilters(ProgramRulesFilter)
@Controller()
export class CohortsController {
  constructor(
    private readonly createCohort: CreateCohort,
    private readonly readCohorts: ReadCohorts,
    private readonly addSession: AddSession,
    private readonly readSessions: ReadSessions,
  ) {}

  @Post('programs/:id/cohorts')
  @ApiCreatedResponse({ type: CohortView })
  @ApiForbiddenResponse({ description: 'Only a training provider or an admin plans cohorts.' })
  @ApiNotFoundResponse({ description: 'No such program.' })
  @ApiConflictResponse({ description: 'The program is closed.' })
  create(@Param('id', uuid) programId: string, @Body() body: CreateCohortDto): Promise<CohortView> {
    return this.createCohort.execute(programId, body);
  }

  @Get('programs/:id/cohorts')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [CohortView], description: 'Earliest start first.' })
  @ApiNotFoundResponse({ description: 'No such program.' })
  ofProgram(@Param('id', uuid) programId: string): Promise<CohortView[]> {
    return this.readCohorts.ofProgram(programId);
  }

  @Get('cohorts/:id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: CohortDetailView, description: 'With its places: capacity, taken (enrolled or completed) and waitlisted.' })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<CohortDetailView> {
    return this.readCohorts.one(id);
  }

  @Post('cohorts/:id/sessions')
  @ApiCreatedResponse({ type: SessionView })
  @ApiBadRequestResponse({ description: "Also: the date is outside the cohort's, or the module is not part of its program." })
  @ApiForbiddenResponse({ description: 'Only a training provider or an admin plans sessions.' })
  @ApiNotFoundResponse({ description: 'No such cohort.' })
  addSessionTo(@Param('id', uuid) cohortId: string, @Body() body: AddSessionDto): Promise<SessionView> {
    return this.addSession.execute(cohortId, body);
  }

  @Get('cohorts/:id/sessions')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [SessionView], description: 'By date and start time.' })
  @ApiNotFoundResponse()
  sessions(@Param('id', uuid) cohortId: string): Promise<SessionView[]> {
    return this.readSessions.ofCohort(cohortId);
  }
}
