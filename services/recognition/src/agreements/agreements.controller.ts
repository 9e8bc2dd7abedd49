import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, type Role, Roles, ROLES } from '@tandem/platform';
import { CreateAgreementDto } from './dto/agreement.dto';
import { AgreementView } from './dto/agreement.view';
import { ManageAgreements } from './manage-agreements';

/** Who of the node reads agreements: every role but `integrator`, whose tokens reach their own webhook subscriptions only. */
export const NODE_READERS: Role[] = ROLES.filter((role) => role !== 'integrator');

@ApiTags('recognition agreements')
@ApiBearerAuth()
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly agreements: ManageAgreements) {}

  @Post()
  @Roles('recognition_officer')
  @ApiCreatedResponse({ type: AgreementView, description: 'A new version of the agreement, numbered after the earlier ones of its key.' })
  @ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
  @ApiConflictResponse({ description: 'Another version of the same agreementKey is in force on some of these dates.' })
  async create(@Body() body: CreateAgreementDto, @CurrentPrincipal() actor: Principal): Promise<AgreementView> {
    return AgreementView.of(await this.agreements.create(body, actor));
  }

  // Agreements are public policy between the parties: every role of the node may read them.
  @Get()
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: [AgreementView] })
  async list(@CurrentPrincipal() actor: Principal): Promise<AgreementView[]> {
    return (await this.agreements.list(actor)).map(AgreementView.of);
  }

  @Get(':id')
  @Roles(...NODE_READERS)
  @ApiOkResponse({ type: AgreementView })
  @ApiNotFoundResponse()
  async one(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentPrincipal() actor: Principal): Promise<AgreementView> {
    return AgreementView.of(await this.agreements.one(id, actor));
  }
}
