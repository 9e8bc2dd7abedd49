import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { OutcomesConfig } from '../config';
import { dayOf } from './days';
import { computeFigures, type Figures, type FiguresQuery } from './figures';
import { readFacts } from './read-facts';

/** Why figures are read: reporting to steering committees and funders, in aggregate only. */
export const OUTCOME_REPORTING = 'outcome-reporting';

@Injectable()
export class ReadFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly config: OutcomesConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Today's figures from one snapshot of the read model (repeatable read, so the tables agree); the read
   * is then audited like any other, in a transaction of its own (the audit chain takes read committed only).
   * `resourceType` names what was read: the node's figures, or the region's built on them.
   */
  async execute(filter: Omit<FiguresQuery, 'asOf'>, actor: Principal, resourceType = 'figures'): Promise<Figures> {
    const figures = await this.compute(filter);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actor,
        action: 'read',
        resourceType,
        resourceId: [filter.from ?? '', filter.to ?? '', filter.programId ?? ''].join('/'),
        purpose: OUTCOME_REPORTING,
      }),
    );
    return figures;
  }

  /** Today's figures, unaudited: for the node itself (what it sends its partners), never served as such. */
  async compute(filter: Omit<FiguresQuery, 'asOf'>): Promise<Figures> {
    const query = { ...filter, asOf: dayOf(this.clock()) };
    const facts = await this.dataSource.transaction('REPEATABLE READ', (manager) => readFacts((text, parameters) => manager.query(text, parameters)));
    return computeFigures(facts, query, { municipality: this.config.MUNICIPALITY_ID, minCell: this.config.OUTCOMES_MIN_CELL });
  }
}
