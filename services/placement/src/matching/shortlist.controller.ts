import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { STAFF } from '../placement-access';
import { ReleaseIdentityDto, ShortlistDto } from './dto/matching-input.dto';
import { ShortlistEntryView, StaffShortlistEntryView } from './dto/shortlist.view';
import { MatchingRulesFilter } from './matching-rules.filter';
import { ReadShortlist } from './read-shortlist';
import { ReleaseIdentity } from './release-identity';
import { ShortlistCandidates } from './shortlist-candidates';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Staff shortlist candidates under pseudonyms; the vacancy's employer reads them, and learns who they are only once released. */
@ApiTags('matching')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiExtraModels(ShortlistEntryView, StaffShortlistEntryView)
@Roles(...STAFF)
@UseFilters(MatchingRulesFilter)
@Controller('vacancies/:id/shortlist')
export class ShortlistController {
  constructor(
    private readonly shortlistCandidates: ShortlistCandidates,
    private readonly readShortlist: ReadShortlist,
    private readonly releaseIdentity: ReleaseIdentity,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: [StaffShortlistEntryView], description: 'The entries of the candidates asked for, best first; one already shortlisted keeps its entry.' })
  @ApiForbiddenResponse({ description: 'Caseworkers and admins only.' })
  @ApiNotFoundResponse({ description: 'No such vacancy.' })
  @ApiConflictResponse({ description: 'The vacancy is not open, or its employer is suspended from matching.' })
  shortlist(@Param('id', uuid) id: string, @Body() body: ShortlistDto, @CurrentPrincipal() actor: Principal): Promise<StaffShortlistEntryView[]> {
    return this.shortlistCandidates.execute(id, body.candidates, actor);
  }

  @Get()
  @Roles(...STAFF, 'employer')
  @ApiOkResponse({
    description: 'Best first. Staff get `StaffShortlistEntryView` (with candidate ids); a portal user of the employer gets `ShortlistEntryView` (pseudonyms).',
    schema: { type: 'array', items: { oneOf: [{ $ref: getSchemaPath(StaffShortlistEntryView) }, { $ref: getSchemaPath(ShortlistEntryView) }] } },
  })
  @ApiNotFoundResponse({ description: 'No such vacancy, or the caller is neither staff nor a portal user of its employer.' })
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<ShortlistEntryView[]> {
    return this.readShortlist.ofVacancy(id, actor);
  }

  @Post(':entryId/release')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffShortlistEntryView, description: 'The employer now sees `identity` for this entry.' })
  @ApiForbiddenResponse({ description: 'Caseworkers and admins only.' })
  @ApiNotFoundResponse({ description: 'No such vacancy or entry, or the participant is not one of the caller’s cases.' })
  @ApiConflictResponse({ description: 'No consent in force covers employer-sharing, the vacancy is not open, or its employer is suspended.' })
  release(
    @Param('id', uuid) id: string,
    @Param('entryId', uuid) entryId: string,
    @Body() body: ReleaseIdentityDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<StaffShortlistEntryView> {
    return this.releaseIdentity.execute(id, entryId, body, actor);
  }
}
