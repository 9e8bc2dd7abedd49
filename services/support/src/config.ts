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
