import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, ServiceConfig } from '@tandem/platform';
import { matchRule } from '../agreements/agreement';
import { versionsInForce } from '../agreements/manage-agreements';
import { presentedCredential } from '../requests/presented';
import type { RecognisedHereView, VerificationReport } from './verification-report';

/** What a valid credential counts as at this node today, under the mutual recognition agreements in force. */
@Injectable()
export class RecognisedHere {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async of(report: VerificationReport): Promise<RecognisedHereView | undefined> {
    const presented = presentedCredential(report);
    if (!presented) return undefined;
    const day = this.clock().toISOString().slice(0, 10);
    const here = { municipality: this.config.MUNICIPALITY_ID, country: this.config.COUNTRY_CODE };
    const match = matchRule(await versionsInForce(this.dataSource.manager, day), presented, day);
    if (!match) return { ...here, outcome: 'none' };
    const { agreement, ruleIndex, rule } = match;
    return {
      ...here,
      outcome: rule.outcome,
      agreement: { id: agreement.id, agreementKey: agreement.agreementKey, version: agreement.version, rule: ruleIndex },
      target: rule.target,
      ...(rule.conditions ? { conditions: rule.conditions } : {}),
    };
  }
}
