import { type DynamicModule, Module } from '@nestjs/common';
import { RegionalFiguresV1 } from '@tandem/contracts';
import { PlatformModule } from '@tandem/platform';
import { OutcomesConfig, OutcomesConfigModule } from './config';
import { FiguresModule } from './figures/figures.module';
import { Outcomes1763770100001 } from './migrations/1763770100001-outcomes';
import { SurveyAnswers1765000000001 } from './migrations/1765000000001-survey-answers';
import { PartnerFigures1765000000002 } from './migrations/1765000000002-partner-figures';
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
          migrations: [Outcomes1763770100001, SurveyAnswers1765000000001, PartnerFigures1765000000002],
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
