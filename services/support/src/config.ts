import { type DynamicModule, Module } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ServiceConfig } from '@tandem/platform';

export class SupportConfig extends ServiceConfig {
  /** Entitlements whose cap is above this (minor units, e.g. 50000 = 500.00) need a second approver who is not the requester. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SUPPORT_FOUR_EYES_THRESHOLD_MINOR = 50_000;
}

/** Makes the support settings injectable in every module of the service. */
@Module({})
export class SupportConfigModule {
  static of(config: SupportConfig): DynamicModule {
    return { module: SupportConfigModule, global: true, providers: [{ provide: SupportConfig, useValue: config }], exports: [SupportConfig] };
  }
}
