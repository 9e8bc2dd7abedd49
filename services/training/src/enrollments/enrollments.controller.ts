import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { PROVIDER_ROLES } from '../training-access';
import { TrainingRulesFilter } from '../training-rules.filter';
import { AssignMentor } from './assign-mentor';
import { DropEnrollment } from './drop-enrollment';
import { AssignMentorDto, DropEnrollmentDto, EnrollDto, TraineeFilterDto } from './dto/enrollment-input.dto';
import { EnrollmentProgressView, EnrollmentView } from './dto/enrollment.view';
import { Enroll } from './enroll';
import { ReadEnrollments } from './read-enrollments';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('enrollments')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles(...PROVIDER_ROLES)
@UseFilters(TrainingRulesFilter)
@Controller()
export class EnrollmentsController {
  constructor(
    private readonly enroll: Enroll,
    private readonly dropEnrollment: DropEnrollment,
    private readonly assignMentor: AssignMentor,
    private readonly readEnrollments: ReadEnrollments,
  ) {}

  @Post('cohorts/:id/enrollments')
  @ApiCreatedResponse({ type: EnrollmentView, description: '`enrolled` while the cohort has a free place, `waitlisted` otherwise.' })
  @ApiNotFoundResponse({ description: 'No such cohort.' })
  @ApiConflictResponse({ description: 'The program is not open, the referral has ended, or the trainee is already in the cohort.' })
  @ApiUnprocessableEntityResponse({ description: 'The participant is not registered on this node, or the referral was not accepted here.' })
  async create(@Param('id', uuid) cohortId: string, @Body() body: EnrollDto, @CurrentPrincipal() actor: Principal): Promise<EnrollmentView> {
    return EnrollmentView.of(await this.enroll.execute(cohortId, body.toRequest(), actor));
  }

  @Get('cohorts/:id/enrollments')
  @ApiOkResponse({ type: [EnrollmentView], description: 'The roster and waitlist, in the order places were asked for.' })
  @ApiNotFoundResponse()
  roster(@Param('id', uuid) cohortId: string, @CurrentPrincipal() actor: Principal): Promise<EnrollmentView[]> {
    return this.readEnrollments.roster(cohortId, actor);
  }

  @Get('enrollments')
  @Roles(...PROVIDER_ROLES, 'caseworker')
  @ApiOkResponse({ type: [EnrollmentView], description: "A trainee's enrollments; a caseworker sees those of their own cases and of referred trainees." })
  ofTrainee(@Query() query: TraineeFilterDto, @CurrentPrincipal() actor: Principal): Promise<EnrollmentView[]> {
    return this.readEnrollments.ofTrainee(query.toFilter(), actor);
  }

  @Get('enrollments/:id')
  @Roles(...PROVIDER_ROLES, 'caseworker')
  @ApiOkResponse({ type: EnrollmentProgressView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<EnrollmentProgressView> {
    return this.readEnrollments.one(id, actor);
  }

  @Post('enrollments/:id/drop')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrollmentView, description: 'Dropped; the first waitlisted trainee takes the freed place.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The enrollment is already completed or dropped.' })
  async drop(@Param('id', uuid) id: string, @Body() body: DropEnrollmentDto, @CurrentPrincipal() actor: Principal): Promise<EnrollmentView> {
    return EnrollmentView.of(await this.dropEnrollment.execute(id, body.reason, actor));
  }

  @Post('enrollments/:id/mentor')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrollmentView })
  @ApiNotFoundResponse()
  async mentor(@Param('id', uuid) id: string, @Body() body: AssignMentorDto, @CurrentPrincipal() actor: Principal): Promise<EnrollmentView> {
    return EnrollmentView.of(await this.assignMentor.execute(id, body.mentor, actor));
  }
}
