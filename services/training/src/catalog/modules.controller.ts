import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import { NODE_READERS, PROVIDER_ROLES } from '../training-access';
import { CreateModule } from './create-module';
import { CreateModuleDto } from './dto/module.dto';
import { ModuleView } from './dto/module.view';
import { ReadModules } from './read-modules';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Providers write the catalog; anyone of the node reads it, as it holds no personal data. */
@ApiTags('catalog')
@ApiBearerAuth()
@Roles(...PROVIDER_ROLES)
@Controller('modules')
export class ModulesController {
  constructor(
    private readonly createModule: CreateModule,
    private readonly readModules: ReadModules,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ModuleView })
  @ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
  @ApiForbiddenResponse({ description: 'Only a training provider or an admin adds modules.' })
  @ApiConflictResponse({ description: 'A module with this code exists.' })
  create(@Body() body: CreateModuleDto): Promise<ModuleView> {
    return this.createModule.execute(body);
  }

  @Get()
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [ModuleView], description: 'Every module of the node, by code.' })
  list(): Promise<ModuleView[]> {
    return this.readModules.all();
  }

  @Get(':id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: ModuleView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<ModuleView> {
    return this.readModules.one(id);
  }
}
