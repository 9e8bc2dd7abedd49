import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@tandem/platform';
import { NODE_READERS, STAFF } from '../placement-access';
import { AddSite } from './add-site';
import { CreateEmployer } from './create-employer';
import { CreateEmployerDto, ListEmployersDto } from './dto/employer.dto';
import { EmployerDetailView, EmployerView } from './dto/employer.view';
import { PortalUsersDto, PortalUsersView } from './dto/portal-users.dto';
import { AddSiteDto, SiteView } from './dto/site.dto';
import { ReadEmployers } from './read-employers';
import { SetPortalUsers } from './set-portal-users';
import { SetSuspension } from './set-suspension';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Staff keep the node's employers; anyone of the node reads them, as they hold no participant's data. */
@ApiTags('employers')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles(...STAFF)
@Controller('employers')
export class EmployersController {
  constructor(
    private readonly createEmployer: CreateEmployer,
    private readonly readEmployers: ReadEmployers,
    private readonly addSite: AddSite,
    private readonly setSuspension: SetSuspension,
    private readonly setPortalUsers: SetPortalUsers,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: EmployerDetailView })
  @ApiForbiddenResponse({ description: 'Only a caseworker or an admin adds employers.' })
  create(@Body() body: CreateEmployerDto): Promise<EmployerDetailView> {
    return this.createEmployer.execute(body);
  }

  @Get()
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [EmployerView], description: 'By name, without their sites.' })
  list(@Query() query: ListEmployersDto): Promise<EmployerView[]> {
    return this.readEmployers.list(query.crossBorder);
  }

  @Get(':id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: EmployerDetailView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<EmployerDetailView> {
    return this.readEmployers.one(id);
  }

  @Post(':id/sites')
  @ApiCreatedResponse({ type: SiteView })
  @ApiForbiddenResponse({ description: 'Only a caseworker or an admin adds sites.' })
  @ApiNotFoundResponse()
  site(@Param('id', uuid) id: string, @Body() body: AddSiteDto): Promise<SiteView> {
    return this.addSite.execute(id, body);
  }

  @Put(':id/portal-users')
  @ApiOkResponse({ type: PortalUsersView, description: 'These users (role `employer`) now read the shortlists of the employer’s vacancies; no one else of the employer does.' })
  @ApiForbiddenResponse({ description: 'Only a caseworker or an admin names portal users.' })
  @ApiNotFoundResponse()
  portalUsers(@Param('id', uuid) id: string, @Body() body: PortalUsersDto): Promise<PortalUsersView> {
    return this.setPortalUsers.execute(id, body.subjects);
  }

  @Post(':id/suspension')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: EmployerView, description: 'Kept out of matching and new vacancies from now, or since it was first suspended.' })
  @ApiForbiddenResponse({ description: 'Only an admin suspends an employer.' })
  @ApiNotFoundResponse()
  suspend(@Param('id', uuid) id: string): Promise<EmployerView> {
    return this.setSuspension.execute(id, true);
  }

  @Delete(':id/suspension')
  @Roles('admin')
  @ApiOkResponse({ type: EmployerView, description: 'Reinstated; a no-op for an employer that is not suspended.' })
  @ApiForbiddenResponse({ description: 'Only an admin reinstates an employer.' })
  @ApiNotFoundResponse()
  reinstate(@Param('id', uuid) id: string): Promise<EmployerView> {
    return this.setSuspension.execute(id, false);
  }
}
