import { randomBytes } from 'node:crypto';

/**
 * The run's canaries, each a word no other record contains, named after the field it was put in.
 * They all begin with the run's mark, so a process whose output is watched for the mark from its
 * start sees any of them, made before or after.
 */
export class CanaryLedger {
  readonly mark = `zq${randomBytes(3).toString('hex')}`;
  private readonly byCanary = new Map<string, { field: string; owner?: string }>();

  /**
   * A new canary for `field` (`<service>:<Class>.<property>`, or a name of the suite's own for other
   * places); `owner` tells whose it is where the same field of two people is treated apart.
   */
  fill(field: string, owner?: string): string {
    const label = field.replace(/^.*[:.]/, '').replace(/[^A-Za-z]/g, '');
    return this.adopt(field, `${this.mark}${label}${randomBytes(4).toString('hex')}`, owner);
  }

  /** Records a canary made elsewhere (by a shared flow) as the one put in `field`. */
  adopt(field: string, canary: string, owner?: string): string {
    this.byCanary.set(canary, { field, owner });
    return canary;
  }

  /** `[owner] field`: where the canary was put, to name a hit. */
  describe(canary: string): string {
    const entry = this.byCanary.get(canary);
    if (!entry) return canary;
    return entry.owner ? `${entry.owner} ${entry.field}` : entry.field;
  }

  get canaries(): string[] {
    return [...this.byCanary.keys()];
  }

  /** The fields that received a canary at least once. */
  get fields(): Set<string> {
    return new Set([...this.byCanary.values()].map((entry) => entry.field));
  }
}
