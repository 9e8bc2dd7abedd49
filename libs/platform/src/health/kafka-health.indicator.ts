import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Kafka } from 'kafkajs';
import { KAFKA } from '../messaging/tokens';

@Injectable()
export class KafkaHealthIndicator {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly health: HealthIndicatorService,
  ) {}

  /** Up when a broker answers a metadata request within the timeout. */
  async isHealthy(key = 'kafka', timeoutMs = 3000) {
    const indicator = this.health.check(key);
    const admin = this.kafka.admin();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
      await admin.disconnect().catch(() => undefined);
    }
  }
}
