import { type DynamicModule, Module } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ServiceConfig } from '@tandem/platform';

export class PlacementConfig extends ServiceConfig {
  /** Gender and age band go out on public events only when at least this many placements share the cell. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  PLACEMENT_PUBLIC_CELL_MINIMUM = 5;
}

/** Makes the placement settings injectable in every module of the service. */
@Module({})
export class PlacementConfigModule {
  static of(config: PlacementConfig): DynamicModule {
    return { module: PlacementConfigModule, global: true, providers: [{ provide: PlacementConfig, useValue: config }], exports: [PlacementConfig] };
  }
}
