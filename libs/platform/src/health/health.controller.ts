import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';
import { KafkaHealthIndicator } from './kafka-health.indicator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
  ) {}

  /** The process runs and serves HTTP; restart it if not. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** PostgreSQL and Kafka answer; send no traffic until they do. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      () => this.kafka.isHealthy('kafka'),
    ]);
  }
}
