import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
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
import { SOCIAL_WORKER } from '../support-access';
import { ApproveEntitlement } from './approve-entitlement';
import { EndEntitlementDto, EntitlementFilterDto, EntitlementListQueryDto, RequestEntitlementDto } from './dto/entitlement-input.dto';
import { EntitlementPage, EntitlementView } from './dto/entitlement.view';
import { EndEntitlement } from './end-entitlement';
import type { EntitlementEntity } from './entitlement.entity';
import { ReadEntitlements } from './read-entitlements';
import { RejectEntitlement } from './reject-entitlement';
import { RequestEntitlement } from './request-entitlement';
import { SupportRulesFilter } from './support-rules.filter';

const uuid = new ParseUUIDPipe({ version: '4' });
/** Only social workers write, and they read the reason. */
const asSocialWorker = (entitlement: EntitlementEntity) => EntitlementView.of(entitlement, { withReason: true });

/** Social workers grant and decide support; a caseworker follows their own cases' entitlements, without the reason. */
@ApiTags('entitlements')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiForbiddenResponse({ description: 'Writes: social workers only. Reads: social workers and caseworkers.' })
@Roles(...SOCIAL_WORKER)
@UseFilters(SupportRulesFilter)
@Controller('entitlements')
export class EntitlementsController {
  constructor(
    private readonly requestEntitlement: RequestEntitlement,
    private readonly approveEntitlement: ApproveEntitlement,
    private readonly rejectEntitlement: RejectEntitlement,
    private readonly endEntitlement: EndEntitlement,
    private readonly readEntitlements: ReadEntitlements,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: EntitlementView, description: '`approved` at once up to the four-eyes threshold, `pending-approval` above it.' })
  @ApiNotFoundResponse({ description: 'No case of this node holds the participant.' })
  @ApiConflictResponse({ description: 'Approved at once, it would overspend the budget.' })
  async create(@Body() body: RequestEntitlementDto, @CurrentPrincipal() actor: Principal): Promise<EntitlementView> {
    return asSocialWorker(await this.requestEntitlement.execute(body.toRequest(), actor));
  }

  @Get()
  @Roles(...SOCIAL_WORKER, 'caseworker')
  @ApiOkResponse({ type: [EntitlementView], description: "A participant's entitlements the caller may see; someone else's case reads as none." })
  ofParticipant(@Query() query: EntitlementFilterDto, @CurrentPrincipal() actor: Principal): Promise<EntitlementView[]> {
    return this.readEntitlements.ofParticipant(query.participantId, actor);
  }

  @Get('list')
  @ApiOkResponse({ type: EntitlementPage, description: 'Every entitlement of the node, newest request first; by `status`, e.g. those awaiting a second approver.' })
  list(@Query() query: EntitlementListQueryDto, @CurrentPrincipal() actor: Principal): Promise<EntitlementPage> {
    return this.readEntitlements.page(query, actor);
  }

  @Get(':id')
  @Roles(...SOCIAL_WORKER, 'caseworker')
  @ApiOkResponse({ type: EntitlementView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<EntitlementView> {
    return this.readEntitlements.one(id, actor);
  }

  @Post(':id/approval')
  @HttpCode(200)
  @ApiOkResponse({ type: EntitlementView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Not pending, approved by its own requester, or more than the budget has available.' })
  async approve(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<EntitlementView> {
    return asSocialWorker(await this.approveEntitlement.execute(id, actor));
  }

  @Post(':id/rejection')
  @HttpCode(200)
  @ApiOkResponse({ type: EntitlementView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Not pending approval.' })
  async reject(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<EntitlementView> {
    return asSocialWorker(await this.rejectEntitlement.execute(id, actor));
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: EntitlementView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Not approved (pending, rejected or already ended).' })
  async end(@Param('id', uuid) id: string, @Body() body: EndEntitlementDto, @CurrentPrincipal() actor: Principal): Promise<EntitlementView> {
    return asSocialWorker(await this.endEntitlement.execute(id, body.endedOn, body.reason, actor));
  }
}
