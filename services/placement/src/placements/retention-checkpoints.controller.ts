import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { STAFF } from '../placement-access';
import { DueCheckpoints } from './due-checkpoints';
import { DueCheckpointView } from './dto/due-checkpoint.view';
import { DueCheckpointsDto } from './dto/retention-input.dto';

@ApiTags('placements')
@ApiBearerAuth()
@Roles(...STAFF)
@Controller('retention-checkpoints')
export class RetentionCheckpointsController {
  constructor(private readonly dueCheckpoints: DueCheckpoints) {}

  @Get('due')
  @ApiOkResponse({ type: [DueCheckpointView], description: "The caller's cases' unanswered checkpoints due by `before`, oldest first; an admin's hold every case." })
  @ApiBadRequestResponse({ description: '`before` is not a date.' })
  due(@Query() query: DueCheckpointsDto, @CurrentPrincipal() actor: Principal): Promise<DueCheckpointView[]> {
    return this.dueCheckpoints.list(query.before, actor);
  }
}
