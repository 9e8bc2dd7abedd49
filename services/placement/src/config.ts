import { type DynamicModule, Module } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Matches, Min } from 'class-validator';
import { ServiceConfig } from '@tandem/platform';

export class PlacementConfig extends ServiceConfig {
  /** Gender and age band go out on public events only when at least this many placements share the cell. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  PLACEMENT_PUBLIC_CELL_MINIMUM = 5;

  /** `host:port` pairs webhooks may reach although internal, and over plain http (a receiver on the node's own network). */
  @Matches(/^$|^\s*[^\s,]+:[0-9]{1,5}\s*(,\s*[^\s,]+:[0-9]{1,5}\s*)*$/, { message: 'PLACEMENT_WEBHOOK_ALLOWED_TARGETS must be comma-separated host:port pairs' })
  PLACEMENT_WEBHOOK_ALLOWED_TARGETS = '';

  /** The first retry wait of a webhook delivery; later waits are multiples of it (5 s, 30 s, 2 min, 10 min, 1 h, hourly). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PLACEMENT_WEBHOOK_RETRY_BASE_MS = 5_000;

  /** A delivery not accepted this long after its first attempt has failed, and its subscription is flagged failing. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PLACEMENT_WEBHOOK_GIVE_UP_AFTER_MS = 86_400_000;

  /** How long a receiver has to answer one webhook POST. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PLACEMENT_WEBHOOK_TIMEOUT_MS = 10_000;

  /** How often the dispatcher looks for due deliveries. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  PLACEMENT_WEBHOOK_POLL_MS = 1_000;
}

/** Makes the placement settings injectable in every module of the service. */
@Module({})
export class PlacementConfigModule {
  static of(config: PlacementConfig): DynamicModule {
    return { module: PlacementConfigModule, global: true, providers: [{ provide: PlacementConfig, useValue: config }], exports: [PlacementConfig] };
  }
}
