import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { AllowanceParams, AllowanceView, SetAllowanceDto } from './dto/allowance.dto';
import { SetAllowance } from './set-allowance';

/** Per-integrator minimisation: a node admin decides which events and fields each integrator receives. */
@ApiTags('integrators')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles('admin')
@Controller('integrators')
export class AllowancesController {
  constructor(private readonly setAllowance: SetAllowance) {}

  @Put(':subject/allowance')
  @HttpCode(200)
  @ApiOkResponse({ type: AllowanceView, description: 'Replaces any earlier allowance of the integrator.' })
  async set(@Param() params: AllowanceParams, @Body() body: SetAllowanceDto, @CurrentPrincipal() actor: Principal): Promise<AllowanceView> {
    return AllowanceView.of(await this.setAllowance.execute(params.subject, body, actor));
  }
}
