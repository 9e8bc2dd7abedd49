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
import { NODE_READERS, STAFF } from '../placement-access';
import { ChangeVacancyStatus } from './change-vacancy-status';
import { CreateVacancy } from './create-vacancy';
import { ChangeVacancyStatusDto, ListVacanciesDto } from './dto/vacancy-status.dto';
import { CreateVacancyDto } from './dto/vacancy.dto';
import { VacancyView } from './dto/vacancy.view';
import { ReadVacancies } from './read-vacancies';
import { VacancyRulesFilter } from './vacancy-rules.filter';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Staff post and keep vacancies; anyone of the node reads them, as they hold no participant's data. */
@ApiTags('vacancies')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiForbiddenResponse({ description: 'Writes: caseworkers and admins only.' })
@Roles(...STAFF)
@UseFilters(VacancyRulesFilter)
@Controller()
export class VacanciesController {
  constructor(
    private readonly createVacancy: CreateVacancy,
    private readonly readVacancies: ReadVacancies,
    private readonly changeVacancyStatus: ChangeVacancyStatus,
  ) {}

  @Post('employers/:id/vacancies')
  @ApiCreatedResponse({ type: VacancyView, description: 'Open.' })
  @ApiNotFoundResponse({ description: 'No such employer.' })
  @ApiConflictResponse({ description: 'The employer is suspended.' })
  create(@Param('id', uuid) employerId: string, @Body() body: CreateVacancyDto): Promise<VacancyView> {
    return this.createVacancy.execute(employerId, body);
  }

  @Get('vacancies')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [VacancyView], description: 'Newest first; suspended employers’ vacancies are left out.' })
  list(@Query() { mine, ...query }: ListVacanciesDto, @CurrentPrincipal() actor: Principal): Promise<VacancyView[]> {
    return this.readVacancies.list({ ...query, ...(mine ? { portalUser: actor.subject } : {}) });
  }

  @Get('vacancies/:id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: VacancyView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<VacancyView> {
    return this.readVacancies.one(id);
  }

  @Post('vacancies/:id/status')
  @HttpCode(200)
  @ApiOkResponse({ type: VacancyView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The vacancy cannot move from its status to the one asked for, or would reopen at a suspended employer.' })
  changeStatus(@Param('id', uuid) id: string, @Body() body: ChangeVacancyStatusDto): Promise<VacancyView> {
    return this.changeVacancyStatus.execute(id, body.status);
  }
}
