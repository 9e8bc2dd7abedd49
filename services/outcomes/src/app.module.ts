import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@tandem/platform';
import { OutcomesConfig, OutcomesConfigModule } from './config';
import { FiguresModule } from './figures/figures.module';
import { Outcomes1763770100001 } from './migrations/1763770100001-outcomes';
import { NODE_EVENTS } from './node-events';
import { ProjectionModule } from './projection/projection.module';

@Module({})
export class OutcomesAppModule {
  static forConfig(config: OutcomesConfig): DynamicModule {
    return {
      module: OutcomesAppModule,
      imports: [
        PlatformModule.forService({
          service: 'outcomes',
          config,
          // The read model is written with SQL by the projection; there is no entity to map.
          entities: [],
          migrations: [Outcomes1763770100001],
          produces: [],
          consumes: NODE_EVENTS,
        }),
        ProjectionModule,
        FiguresModule,
        OutcomesConfigModule.of(config),
      ],
    };
  }
}
