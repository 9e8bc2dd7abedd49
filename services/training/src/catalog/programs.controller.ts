import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@tandem/platform';
import { NODE_READERS, PROVIDER_ROLES } from '../training-access';
import { ChangeProgramStatus } from './change-program-status';
import { CreateProgram } from './create-program';
import { ProgramModuleEntryDto, ProgramModuleListPipe } from './dto/program-modules.dto';
import { CreateProgramDto } from './dto/program.dto';
import { ChangeProgramStatusDto, ListProgramsDto } from './dto/program-status.dto';
import { ProgramDetailView, ProgramView } from './dto/program.view';
import { ProgramRulesFilter } from './program-rules.filter';
import { ReadPrograms } from './read-programs';
import { SetProgramModules } from './set-program-modules';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Providers write programs; anyone of the node reads them: caseworkers browse them to refer trainees. */
@ApiTags('catalog')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles(...PROVIDER_ROLES)
@UseFilters(ProgramRulesFilter)
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly createProgram: CreateProgram,
    private readonly readPrograms: ReadPrograms,
    private readonly setProgramModules: SetProgramModules,
    private readonly changeProgramStatus: ChangeProgramStatus,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ProgramView, description: 'A draft, without modules yet.' })
  @ApiForbiddenResponse({ description: 'Only a training provider or an admin adds programs.' })
  create(@Body() body: CreateProgramDto): Promise<ProgramView> {
    return this.createProgram.execute(body);
  }

  @Get()
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [ProgramView], description: 'Newest first.' })
  list(@Query() query: ListProgramsDto): Promise<ProgramView[]> {
    return this.readPrograms.list(query.status);
  }

  @Get(':id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: ProgramDetailView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<ProgramDetailView> {
    return this.readPrograms.one(id);
  }

  @Put(':id/modules')
  @ApiBody({ type: [ProgramModuleEntryDto], description: 'The whole list, in program order; replaces the stored one.' })
  @ApiOkResponse({ type: ProgramDetailView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The program is no longer a draft.' })
  setModules(@Param('id', uuid) id: string, @Body(ProgramModuleListPipe) entries: ProgramModuleEntryDto[]): Promise<ProgramDetailView> {
    return this.setProgramModules.execute(id, entries);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgramView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The program cannot move from its status to the one asked for, or has no required module to open with.' })
  changeStatus(@Param('id', uuid) id: string, @Body() body: ChangeProgramStatusDto): Promise<ProgramView> {
    return this.changeProgramStatus.execute(id, body.status);
  }
}
