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
import { NODE_READERS, SOCIAL_WORKER } from '../support-access';
import { CreateSupportType } from './create-support-type';
import { CreateSupportTypeDto } from './dto/support-type.dto';
import { SupportTypeView } from './dto/support-type.view';
import { ReadSupportTypes } from './read-support-types';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Social workers keep the catalog; anyone of the node reads it, as it holds no personal data. */
@ApiTags('support catalog')
@ApiBearerAuth()
@Roles(...SOCIAL_WORKER)
@Controller('support-types')
export class SupportTypesController {
  constructor(
    private readonly createSupportType: CreateSupportType,
    private readonly readSupportTypes: ReadSupportTypes,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: SupportTypeView })
  @ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
  @ApiForbiddenResponse({ description: 'Only a social worker adds support types.' })
  @ApiConflictResponse({ description: 'A support type with this code exists.' })
  create(@Body() body: CreateSupportTypeDto): Promise<SupportTypeView> {
    return this.createSupportType.execute(body);
  }

  @Get()
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [SupportTypeView], description: 'Every support type of the node, by code.' })
  list(): Promise<SupportTypeView[]> {
    return this.readSupportTypes.all();
  }

  @Get(':id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: SupportTypeView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<SupportTypeView> {
    return this.readSupportTypes.one(id);
  }
}
