import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { PROVIDER_ROLES } from '../training-access';
import { TrainingRulesFilter } from '../training-rules.filter';
import { AssessmentView, RecordAssessmentDto } from './dto/assessment.dto';
import { ListAssessments } from './list-assessments';
import { RecordAssessment } from './record-assessment';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('assessments')
@ApiBearerAuth()
@UseFilters(TrainingRulesFilter)
@Controller('enrollments/:id/assessments')
export class AssessmentsController {
  constructor(
    private readonly recordAssessment: RecordAssessment,
    private readonly listAssessments: ListAssessments,
  ) {}

  @Post()
  @Roles(...PROVIDER_ROLES)
  @ApiCreatedResponse({ type: AssessmentView, description: 'Recorded; a first pass completes the module, and the program when nothing else is missing.' })
  @ApiBadRequestResponse({ description: "Invalid input, a module outside the cohort's program, or a date in the future. Nothing was written." })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The trainee is not enrolled (waitlisted, completed or dropped).' })
  async record(@Param('id', uuid) id: string, @Body() body: RecordAssessmentDto, @CurrentPrincipal() actor: Principal): Promise<AssessmentView> {
    return AssessmentView.of(await this.recordAssessment.execute(id, body, actor));
  }

  @Get()
  @Roles(...PROVIDER_ROLES, 'caseworker')
  @ApiOkResponse({ type: [AssessmentView] })
  @ApiNotFoundResponse()
  async list(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<AssessmentView[]> {
    return (await this.listAssessments.execute(id, actor)).map(AssessmentView.of);
  }
}
