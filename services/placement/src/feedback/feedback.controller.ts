import { Body, Controller, Get, Param, ParseUUIDPipe, Put, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { STAFF } from '../placement-access';
import { PlacementRulesFilter } from '../placements/placement-rules.filter';
import { GiveFeedbackDto } from './dto/feedback-input.dto';
import { FeedbackView } from './dto/feedback.view';
import { GiveFeedback } from './give-feedback';
import { ReadFeedback } from './read-feedback';

const uuid = new ParseUUIDPipe({ version: '4' });

/** The employer's 90-day rating of a placement, kept by the participant's caseworker (or an admin). */
@ApiTags('placements')
@ApiBearerAuth()
@Roles(...STAFF)
@UseFilters(PlacementRulesFilter)
@Controller('placements/:id/feedback')
export class FeedbackController {
  constructor(
    private readonly giveFeedback: GiveFeedback,
    private readonly readFeedback: ReadFeedback,
  ) {}

  @Put()
  @ApiOkResponse({ type: FeedbackView, description: 'A second rating replaces the first; `updatedAt` then says when.' })
  @ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Less than 90 days since the start.' })
  async give(@Param('id', uuid) id: string, @Body() body: GiveFeedbackDto, @CurrentPrincipal() actor: Principal): Promise<FeedbackView> {
    return FeedbackView.of(await this.giveFeedback.execute(id, body, actor));
  }

  @Get()
  @ApiOkResponse({ type: FeedbackView })
  @ApiNotFoundResponse({ description: 'No such placement of the caller’s cases, or no feedback yet.' })
  async read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<FeedbackView> {
    return FeedbackView.of(await this.readFeedback.of(id, actor));
  }
}
