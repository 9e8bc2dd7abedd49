import { Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { regionalCsv } from '../figures/figures-csv';
import { RegionalFiguresView, RegionalPublicationView } from './dto/regional-figures.dto';
import { PublishRegionalFigures } from './publish-regional-figures';
import { ReadRegionalFigures, type RegionalFigures } from './regional-figures';

@ApiTags('figures')
@ApiBearerAuth()
@Controller('figures')
export class RegionalFiguresController {
  constructor(
    private readonly readRegional: ReadRegionalFigures,
    private readonly publish: PublishRegionalFigures,
  ) {}

  @Get('regional')
  @Roles('auditor', 'admin')
  @ApiOkResponse({ type: RegionalFiguresView, description: "Each town's figures as it suppressed them, and the region's." })
  regional(@CurrentPrincipal() actor: Principal): Promise<RegionalFigures> {
    return this.readRegional.execute(actor);
  }

  @Get('regional.csv')
  @Roles('auditor', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "Every town's tables and the region's as CSV: town (or `region`), figure, detail, breakdown, category, n, value, suppressed." })
  async regionalAsCsv(@CurrentPrincipal() actor: Principal): Promise<StreamableFile> {
    const regional = await this.readRegional.execute(actor);
    const asOf = regional.towns[0]?.asOf ?? '';
    return new StreamableFile(Buffer.from(regionalCsv(regional)), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="figures-region-${asOf}.csv"` });
  }

  @Post('regional/publication')
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ type: RegionalPublicationView, description: "This node's figures are on their way to every partner (through the outbox)." })
  publishNow(@CurrentPrincipal() actor: Principal): Promise<RegionalPublicationView> {
    return this.publish.execute(actor);
  }
}
