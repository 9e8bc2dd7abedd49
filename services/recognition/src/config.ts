import { type DynamicModule, Module } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ServiceConfig } from '@tandem/platform';

export class RecognitionConfig extends ServiceConfig {
  /** Verifications one client (by address) may ask for per minute: the endpoint needs no login. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RECOGNITION_VERIFY_LIMIT_PER_MINUTE = 30;

  /** How long a verification waits for another node's status list. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  RECOGNITION_STATUS_FETCH_TIMEOUT_MS = 5_000;

  /** Days after a recognition decision during which the participant's caseworker may appeal it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RECOGNITION_APPEAL_WINDOW_DAYS = 30;
}

/** Makes the recognition settings injectable in every module of the service. */
@Module({})
export class RecognitionConfigModule {
  static of(config: RecognitionConfig): DynamicModule {
    return { module: RecognitionConfigModule, global: true, providers: [{ provide: RecognitionConfig, useValue: config }], exports: [RecognitionConfig] };
  }
}
