import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, CrossBorder, type Principal } from '@tandem/platform';
import type { FigureTable } from '../figures/figures';
import { ReadFigures } from '../figures/read-figures';
import { combineRegion, type TownFigures } from './combine-region';
import { readPartnerFigures } from './partner-figures';

export interface RegionalFigures {
  /** Every town's figures, this node's first, each suppressed by its own town. */
  towns: TownFigures[];
  /** The towns combined, where figures can be combined. */
  region: FigureTable[];
}

/** The region as this node sees it: its own figures of today and each current partner's newest. */
@Injectable()
export class ReadRegionalFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readFigures: ReadFigures,
    private readonly crossBorder: CrossBorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Principal): Promise<RegionalFigures> {
    const own = await this.readFigures.execute({}, actor, 'regional-figures');
    // A town that left the federation is no longer part of the region, whatever it sent before.
    const partners = (await readPartnerFigures(this.dataSource.manager)).filter((town) => this.crossBorder.isPartner(town.municipality));
    const towns: TownFigures[] = [
      { municipality: own.municipality, asOf: own.asOf, publishedAt: this.clock().toISOString(), minCell: own.minCell, tables: own.tables },
      ...partners,
    ];
    return { towns, region: combineRegion(towns) };
  }
}
