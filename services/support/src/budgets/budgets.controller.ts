import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import { Roles } from '@tandem/platform';
import { AUDITOR, SOCIAL_WORKER } from '../support-access';
import { AddBudget } from './add-budget';
import { CreateFundingSource } from './create-funding-source';
import { AddBudgetDto, BudgetView } from './dto/budget.dto';
import { CreateFundingSourceDto, FundingSourceView } from './dto/funding-source.dto';
import { ReadBudgets } from './read-budgets';
import { ReadFundingSources } from './read-funding-sources';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Social workers set up funding; auditors read it too. No personal data: nothing here is audit-logged. */
@ApiTags('budgets')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiForbiddenResponse({ description: 'Writes: social workers only. Reads: social workers and auditors.' })
@Roles(...SOCIAL_WORKER)
@Controller()
export class BudgetsController {
  constructor(
    private readonly createFundingSource: CreateFundingSource,
    private readonly readFundingSources: ReadFundingSources,
    private readonly addBudget: AddBudget,
    private readonly readBudgets: ReadBudgets,
  ) {}

  @Post('funding-sources')
  @ApiCreatedResponse({ type: FundingSourceView })
  @ApiConflictResponse({ description: 'A funding source with this name exists.' })
  create(@Body() body: CreateFundingSourceDto): Promise<FundingSourceView> {
    return this.createFundingSource.execute(body);
  }

  @Get('funding-sources')
  @Roles(...SOCIAL_WORKER, AUDITOR)
  @ApiOkResponse({ type: [FundingSourceView], description: 'By name.' })
  list(): Promise<FundingSourceView[]> {
    return this.readFundingSources.all();
  }

  @Post('funding-sources/:id/budgets')
  @ApiCreatedResponse({ type: BudgetView })
  @ApiNotFoundResponse({ description: 'No such funding source.' })
  @ApiConflictResponse({ description: 'The period overlaps another budget of the source in the same currency.' })
  add(@Param('id', uuid) id: string, @Body() body: AddBudgetDto): Promise<BudgetView> {
    return this.addBudget.execute(id, { period: body.period(), amountMinor: body.amountMinor, currency: body.currency });
  }

  @Get('funding-sources/:id/budgets')
  @Roles(...SOCIAL_WORKER, AUDITOR)
  @ApiOkResponse({ type: [BudgetView], description: 'Earliest period first, each with its balance.' })
  @ApiNotFoundResponse()
  ofSource(@Param('id', uuid) id: string): Promise<BudgetView[]> {
    return this.readBudgets.ofSource(id);
  }

  @Get('budgets/:id')
  @Roles(...SOCIAL_WORKER, AUDITOR)
  @ApiOkResponse({ type: BudgetView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string): Promise<BudgetView> {
    return this.readBudgets.one(id);
  }
}
