import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Public, Roles } from '@tandem/platform';
import { CreateDefinition } from './create-definition';
import { CredentialDefinitionEntity } from './credential-definition.entity';
import { CreateCredentialDefinitionDto } from './dto/credential-definition.dto';
import { CredentialDefinitionView } from './dto/credential-definition.view';

const uuid = new ParseUUIDPipe({ version: '4' });

/**
 * Recognition officers define what a credential attests. Definitions are public: each issued credential
 * links its achievement here, so an employer can read what it means.
 */
@ApiTags('credential definitions')
@Controller('credential-definitions')
export class DefinitionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createDefinition: CreateDefinition,
  ) {}

  @Post()
  @ApiBearerAuth()
  @Roles('recognition_officer')
  @ApiCreatedResponse({ type: CredentialDefinitionView })
  @ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
  @ApiConflictResponse({ description: 'The training module or program already has a definition.' })
  async create(@Body() body: CreateCredentialDefinitionDto, @CurrentPrincipal() actor: Principal): Promise<CredentialDefinitionView> {
    return CredentialDefinitionView.of(await this.createDefinition.execute(body, actor));
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: [CredentialDefinitionView], description: 'By code.' })
  async list(): Promise<CredentialDefinitionView[]> {
    const definitions = await this.dataSource.getRepository(CredentialDefinitionEntity).find({ order: { code: 'ASC' } });
    return definitions.map((definition) => CredentialDefinitionView.of(definition));
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: CredentialDefinitionView })
  @ApiNotFoundResponse()
  async read(@Param('id', uuid) id: string): Promise<CredentialDefinitionView> {
    const definition = await this.dataSource.getRepository(CredentialDefinitionEntity).findOneBy({ id });
    if (!definition) throw new NotFoundException(`credential definition ${id} not found`);
    return CredentialDefinitionView.of(definition);
  }
}
