import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import { CurrentPrincipal, PageQuery, type Principal, Roles } from '@tandem/platform';
import { AddCaseNote } from './add-case-note';
import { AssignCase } from './assign-case';
import { ChangeCaseStatus } from './change-case-status';
import { AddCaseNoteDto } from './dto/add-case-note.dto';
import { AssignCaseDto } from './dto/assign-case.dto';
import { CaseNotePage, CaseNoteView, CasePage, CaseView } from './dto/case.view';
import { ChangeCaseStatusDto } from './dto/change-case-status.dto';
import { ListCasesDto } from './dto/list-cases.dto';
import { ListCaseNotes } from './list-case-notes';
import { ListCases } from './list-cases';
import { ReadCase } from './read-case';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('cases')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles('caseworker', 'admin')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly listCases: ListCases,
    private readonly readCase: ReadCase,
    private readonly changeCaseStatus: ChangeCaseStatus,
    private readonly assignCase: AssignCase,
    private readonly addCaseNote: AddCaseNote,
    private readonly listCaseNotes: ListCaseNotes,
  ) {}

  @Get()
  @ApiOkResponse({ type: CasePage, description: "A caseworker's own cases, or for an admin all of the node; newest first." })
  @ApiForbiddenResponse({ description: 'A caseworker named another caseworker in `assignedTo`.' })
  list(@Query() query: ListCasesDto, @CurrentPrincipal() actor: Principal): Promise<CasePage> {
    return this.listCases.execute(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<CaseView> {
    return this.readCase.execute(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The case cannot move from its status to the requested one.' })
  changeStatus(
    @Param('id', uuid) id: string,
    @Body() body: ChangeCaseStatusDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<CaseView> {
    return this.changeCaseStatus.execute(id, body.status, actor);
  }

  @Post(':id/assignment')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  @ApiForbiddenResponse({ description: 'Only an admin assigns cases.' })
  assign(@Param('id', uuid) id: string, @Body() body: AssignCaseDto, @CurrentPrincipal() actor: Principal): Promise<CaseView> {
    return this.assignCase.execute(id, body.caseworker, actor);
  }

  @Post(':id/notes')
  @ApiCreatedResponse({ type: CaseNoteView })
  @ApiNotFoundResponse()
  addNote(@Param('id', uuid) id: string, @Body() body: AddCaseNoteDto, @CurrentPrincipal() actor: Principal): Promise<CaseNoteView> {
    return this.addCaseNote.execute(id, body.body, actor);
  }

  @Get(':id/notes')
  @ApiOkResponse({ type: CaseNotePage, description: 'Newest first.' })
  @ApiNotFoundResponse()
  notes(@Param('id', uuid) id: string, @Query() query: PageQuery, @CurrentPrincipal() actor: Principal): Promise<CaseNotePage> {
    return this.listCaseNotes.execute(id, query, actor);
  }
}
