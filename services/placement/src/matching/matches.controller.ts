import { Controller, Get, Param, ParseUUIDPipe, Query, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { STAFF } from '../placement-access';
import { MatchesQueryDto } from './dto/matching-input.dto';
import { MatchView } from './dto/match.view';
import { MatchingRulesFilter } from './matching-rules.filter';
import { ReadMatches } from './read-matches';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Staff rank the node's candidates for a vacancy, each with the reasons for their score. */
@ApiTags('matching')
@ApiBearerAuth()
@Roles(...STAFF)
@UseFilters(MatchingRulesFilter)
@Controller('vacancies/:id/matches')
export class MatchesController {
  constructor(private readonly readMatches: ReadMatches) {}

  @Get()
  @ApiOkResponse({ type: [MatchView], description: 'Best first, at most `limit`; each listed candidate is audited as read.' })
  @ApiBadRequestResponse({ description: '`limit` is not 1 to 100, or the id is no UUID.' })
  @ApiForbiddenResponse({ description: 'Caseworkers and admins only.' })
  @ApiNotFoundResponse({ description: 'No such vacancy.' })
  @ApiConflictResponse({ description: 'The vacancy is not open, or its employer is suspended from matching.' })
  list(@Param('id', uuid) id: string, @Query() query: MatchesQueryDto, @CurrentPrincipal() actor: Principal): Promise<MatchView[]> {
    return this.readMatches.forVacancy(id, query.limit, actor);
  }
}
