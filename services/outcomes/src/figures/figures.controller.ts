import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { FiguresQueryDto, FiguresView } from './dto/figures.dto';
import type { Figures } from './figures';
import { figuresCsv } from './figures-csv';
import { ReadFigures } from './read-figures';

/** Aggregates of the whole node: who reports on it (auditors) and who runs it (admins). */
const REPORTERS = ['auditor', 'admin'] as const;

@ApiTags('figures')
@ApiBearerAuth()
@Controller()
export class FiguresController {
  constructor(private readonly readFigures: ReadFigures) {}

  @Get('figures')
  @Roles(...REPORTERS)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: FiguresView, description: 'Every figure by every breakdown, small cells suppressed; CSV with `Accept: text/csv`.' })
  async figures(@Query() query: FiguresQueryDto, @CurrentPrincipal() actor: Principal, @Headers('accept') accept = ''): Promise<Figures | StreamableFile> {
    const figures = await this.readFigures.execute(query, actor);
    return /\btext\/csv\b/.test(accept) ? asCsv(figures) : figures;
  }

  @Get('figures.csv')
  @Roles(...REPORTERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every table as CSV, one line per cell: figure, detail, breakdown, category, n, value, suppressed.' })
  async figuresAsCsv(@Query() query: FiguresQueryDto, @CurrentPrincipal() actor: Principal): Promise<StreamableFile> {
    return asCsv(await this.readFigures.execute(query, actor));
  }
}

function asCsv(figures: Figures): StreamableFile {
  return new StreamableFile(Buffer.from(figuresCsv(figures)), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="figures-${figures.municipality}-${figures.asOf}.csv"` });
}
