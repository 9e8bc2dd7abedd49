import { Body, Controller, Get, Param, ParseUUIDPipe, Put, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { PROVIDER_ROLES } from '../training-access';
import { TrainingRulesFilter } from '../training-rules.filter';
import { RecordAttendanceDto, SessionRegisterRowView } from './dto/attendance.dto';
import { ReadAttendance } from './read-attendance';
import { RecordAttendance } from './record-attendance';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('attendance')
@ApiBearerAuth()
@Roles(...PROVIDER_ROLES)
@UseFilters(TrainingRulesFilter)
@Controller('sessions/:id/attendance')
export class AttendanceController {
  constructor(
    private readonly recordAttendance: RecordAttendance,
    private readonly readAttendance: ReadAttendance,
  ) {}

  @Put()
  @ApiOkResponse({ type: [SessionRegisterRowView], description: 'The register as recorded; entries for the same trainees replace earlier ones.' })
  @ApiBadRequestResponse({ description: 'An entry names a trainee not enrolled in the cohort, or twice; nothing was written.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The session has not taken place yet.' })
  async record(@Param('id', uuid) id: string, @Body() body: RecordAttendanceDto, @CurrentPrincipal() actor: Principal): Promise<SessionRegisterRowView[]> {
    await this.recordAttendance.execute(id, body.records, actor);
    return this.readAttendance.ofSession(id, actor);
  }

  @Get()
  @ApiOkResponse({ type: [SessionRegisterRowView] })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SessionRegisterRowView[]> {
    return this.readAttendance.ofSession(id, actor);
  }
}
