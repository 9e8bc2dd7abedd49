import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { SOCIAL_WORKER } from '../support-access';
import { CalculateStipend } from './calculate-stipend';
import { CalculateStipendDto, StipendView } from './dto/stipend.dto';
import { ListStipends } from './list-stipends';
import { SupportRulesFilter } from '../entitlements/support-rules.filter';
import { StipendRulesFilter } from './stipend-rules.filter';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('stipends')
@ApiBearerAuth()
@UseFilters(StipendRulesFilter, SupportRulesFilter)
@Controller('entitlements/:id/stipends')
export class StipendsController {
  constructor(
    private readonly calculateStipend: CalculateStipend,
    private readonly listStipends: ListStipends,
  ) {}

  @Post()
  @Roles(...SOCIAL_WORKER)
  @ApiCreatedResponse({ type: StipendView, description: "The month's stipend from its attendance, paid into the support log when above zero." })
  @ApiBadRequestResponse({ description: 'Not a month, or a month that has not ended.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Not an approved stipend entitlement, a month outside its period, or a month already calculated.' })
  async calculate(@Param('id', uuid) id: string, @Body() body: CalculateStipendDto, @CurrentPrincipal() actor: Principal): Promise<StipendView> {
    return StipendView.of(await this.calculateStipend.execute(id, body.month, actor));
  }

  @Get()
  @Roles(...SOCIAL_WORKER, 'caseworker')
  @ApiOkResponse({ type: [StipendView] })
  @ApiNotFoundResponse()
  async list(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<StipendView[]> {
    return (await this.listStipends.execute(id, actor)).map(StipendView.of);
  }
}
