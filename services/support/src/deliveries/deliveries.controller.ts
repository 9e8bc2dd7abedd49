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
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { SupportRulesFilter } from '../entitlements/support-rules.filter';
import { SOCIAL_WORKER } from '../support-access';
import { LogDeliveryDto } from './dto/delivery.dto';
import { DeliveryView } from './dto/delivery.view';
import { LogDelivery } from './log-delivery';
import { ReadDeliveries } from './read-deliveries';

const uuid = new ParseUUIDPipe({ version: '4' });

/** The support log: social workers write it; a caseworker of the case reads dates, units and amounts. */
@ApiTags('support log')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: "No such entitlement, or not one of the caller's cases." })
@ApiForbiddenResponse({ description: 'Writes: social workers only. Reads: social workers and caseworkers.' })
@Roles(...SOCIAL_WORKER)
@UseFilters(SupportRulesFilter)
@Controller('entitlements/:id/deliveries')
export class DeliveriesController {
  constructor(
    private readonly logDelivery: LogDelivery,
    private readonly readDeliveries: ReadDeliveries,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: DeliveryView })
  @ApiBadRequestResponse({ description: "Invalid input, or a date outside the entitlement's period or in the future. Nothing was written." })
  @ApiConflictResponse({ description: 'The entitlement is not approved, or the delivery would take it over its cap.' })
  create(@Param('id', uuid) id: string, @Body() body: LogDeliveryDto, @CurrentPrincipal() actor: Principal): Promise<DeliveryView> {
    return this.logDelivery.execute(id, body.toInput(), actor);
  }

  @Get()
  @Roles(...SOCIAL_WORKER, 'caseworker')
  @ApiOkResponse({ type: [DeliveryView], description: 'By date; `provider` and `note` for social workers only.' })
  list(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<DeliveryView[]> {
    return this.readDeliveries.ofEntitlement(id, actor);
  }
}
