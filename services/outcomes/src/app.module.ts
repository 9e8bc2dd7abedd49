import { type DynamicModule, Module } from '@nestjs/common';
import { RegionalFiguresV1 } from '@tandem/contracts';
import { PlatformModule } from '@tandem/platform';
import { OutcomesConfig, OutcomesConfigModule } from './config';
import { FiguresModule } from './figures/figures.module';
import { OUTCOMES_MIGRATIONS } from './migrations/outcomes-migrations';
import { NODE_EVENTS } from './node-events';
import { ProjectionModule } from './projection/projection.module';
import { RegionalModule } from './regional/regional.module';

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
          migrations: OUTCOMES_MIGRATIONS,
          produces: [RegionalFiguresV1],
          consumes: [...NODE_EVENTS, RegionalFiguresV1],
          exchange: true,
        }),
        ProjectionModule,
        FiguresModule,
        RegionalModule,
        OutcomesConfigModule.of(config),
      ],
    };
  }
}
