import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock, CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { DeliveryView } from './dto/delivery.view';
import { CreateSubscriptionDto, ReplayQueryDto } from './dto/subscription-input.dto';
import { SubscriptionView, SubscriptionWithSecretView } from './dto/subscription.view';
import { ManageSubscription } from './manage-subscription';
import { ReadSubscriptions } from './read-subscriptions';
import { Replay } from './replay';
import { Subscribe } from './subscribe';

const uuid = new ParseUUIDPipe({ version: '4' });

/** An integrator's webhook subscriptions; another integrator's read as not found. */
@ApiTags('integrators')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles('integrator')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly subscribe: Subscribe,
    private readonly manage: ManageSubscription,
    private readonly read: ReadSubscriptions,
    private readonly replay: Replay,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: SubscriptionWithSecretView, description: 'Active at once. The signing secret is shown this once.' })
  @ApiForbiddenResponse({ description: 'No allowance has been set for the integrator.' })
  async create(@Body() body: CreateSubscriptionDto, @CurrentPrincipal() actor: Principal): Promise<SubscriptionWithSecretView> {
    const subscription = await this.subscribe.execute({ url: body.url, eventTypes: body.eventTypes, filter: body.toFilter() }, actor);
    return SubscriptionWithSecretView.withSecret(subscription, this.clock());
  }

  @Get()
  @ApiOkResponse({ type: [SubscriptionView], description: 'The caller’s own, oldest first.' })
  list(@CurrentPrincipal() actor: Principal): Promise<SubscriptionView[]> {
    return this.read.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: SubscriptionView })
  @ApiNotFoundResponse()
  one(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SubscriptionView> {
    return this.read.one(id, actor);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOkResponse({ type: SubscriptionView, description: 'Events keep queueing and are sent on resume.' })
  @ApiNotFoundResponse()
  async pause(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SubscriptionView> {
    return SubscriptionView.of(await this.manage.pause(id, actor), this.clock());
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOkResponse({ type: SubscriptionView })
  @ApiNotFoundResponse()
  async resume(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SubscriptionView> {
    return SubscriptionView.of(await this.manage.resume(id, actor), this.clock());
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOkResponse({ type: SubscriptionWithSecretView, description: 'The new secret, shown this once; the previous one signs too for 24 hours.' })
  @ApiNotFoundResponse()
  async rotateSecret(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SubscriptionWithSecretView> {
    return SubscriptionWithSecretView.withSecret(await this.manage.rotateSecret(id, actor), this.clock());
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'With its queued deliveries and their log.' })
  @ApiNotFoundResponse()
  remove(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    return this.manage.remove(id, actor);
  }

  @Get(':id/deliveries')
  @ApiOkResponse({ type: [DeliveryView], description: 'The newest 200 deliveries, each with every attempt.' })
  @ApiNotFoundResponse()
  deliveries(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<DeliveryView[]> {
    return this.read.deliveries(id, actor);
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '`{ queued }`: how many events will be sent again, with their original webhook-id.' })
  @ApiNotFoundResponse()
  async replayFrom(@Param('id', uuid) id: string, @Query() query: ReplayQueryDto, @CurrentPrincipal() actor: Principal): Promise<{ queued: number }> {
    return { queued: await this.replay.execute(id, new Date(query.from), actor) };
  }
}
