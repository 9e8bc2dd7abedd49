import { type DynamicModule, Module } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ServiceConfig } from '@tandem/platform';

export class OutcomesConfig extends ServiceConfig {
  /** A figure's cell counting fewer people than this is shown as suppressed, never its count. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTCOMES_MIN_CELL = 5;

  /** How often the node sends its (suppressed) figures to every partner; it also sends them once at start. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTCOMES_REGIONAL_INTERVAL_MINUTES = 1440;
}

/** Makes the outcomes settings injectable in every module of the service. */
@Module({})
export class OutcomesConfigModule {
  static of(config: OutcomesConfig): DynamicModule {
    return { module: OutcomesConfigModule, global: true, providers: [{ provide: OutcomesConfig, useValue: config }], exports: [OutcomesConfig] };
  }
}
