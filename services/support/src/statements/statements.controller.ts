import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { AUDITOR, SOCIAL_WORKER } from '../support-access';
import { StatementQueryDto, StatementView } from './dto/statement.dto';
import { type Statement, ReadStatements } from './read-statements';
import { statementCsv } from './statement-csv';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('statements')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv')
@Controller()
export class StatementsController {
  constructor(private readonly readStatements: ReadStatements) {}

  @Get('participants/:id/statement')
  @Roles(...SOCIAL_WORKER, AUDITOR, 'caseworker')
  @ApiOkResponse({ type: StatementView, description: "A trainee's support in one month; `format=csv` for CSV." })
  @ApiNotFoundResponse({ description: 'A caseworker asking about someone else’s case.' })
  async ofParticipant(
    @Param('id', uuid) id: string,
    @Query() query: StatementQueryDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Statement | StreamableFile> {
    return asRequested(await this.readStatements.ofParticipant(id, query.month, actor), query.format, `support-${id}-${query.month}`);
  }

  @Get('funding-sources/:id/statement')
  @Roles(...SOCIAL_WORKER, AUDITOR)
  @ApiOkResponse({ type: StatementView, description: 'What one funding source paid in one month; `format=csv` for CSV.' })
  @ApiNotFoundResponse()
  async ofFundingSource(
    @Param('id', uuid) id: string,
    @Query() query: StatementQueryDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Statement | StreamableFile> {
    return asRequested(await this.readStatements.ofFundingSource(id, query.month, actor), query.format, `funding-${id}-${query.month}`);
  }
}

function asRequested(statement: Statement, format: StatementQueryDto['format'], name: string): Statement | StreamableFile {
  if (format !== 'csv') return statement;
  return new StreamableFile(Buffer.from(statementCsv(statement.lines)), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${name}.csv"`,
  });
}
