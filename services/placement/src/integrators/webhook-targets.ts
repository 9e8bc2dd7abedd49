import { Injectable } from '@nestjs/common';
import { invalidInput } from '@tandem/platform';
import { PlacementConfig } from '../config';
import { allowListOf, type ResolvedAddress, resolveTarget, TargetRefusedError, targetOf, type WebhookTarget } from './target-guard';

/** The target guard with the node's allow-list: a 400 when subscribing, the addresses to connect to when delivering. */
@Injectable()
export class WebhookTargets {
  private readonly allowList: ReadonlySet<string>;

  constructor(config: PlacementConfig) {
    this.allowList = allowListOf(config.PLACEMENT_WEBHOOK_ALLOWED_TARGETS);
  }

  async check(url: string): Promise<void> {
    try {
      await this.resolve(url);
    } catch (error) {
      if (error instanceof TargetRefusedError) throw invalidInput({ url: [error.message] });
      throw error;
    }
  }

  /** Throws TargetRefusedError. */
  async resolve(url: string): Promise<{ target: WebhookTarget; addresses: ResolvedAddress[] }> {
    const target = targetOf(url, this.allowList);
    return { target, addresses: await resolveTarget(target) };
  }
}
