import { type DynamicModule, Module } from '@nestjs/common';
import { SUPPORT_CONTRACTS } from '@tandem/contracts';
import { PlatformModule } from '@tandem/platform';
import { AttendanceEntity } from './attendance/attendance.entity';
import { BudgetEntity } from './budgets/budget.entity';
import { BudgetsModule } from './budgets/budgets.module';
import { FundingSourceEntity } from './budgets/funding-source.entity';
import { SupportCatalogModule } from './catalog/catalog.module';
import { SupportTypeEntity } from './catalog/support-type.entity';
import { SupportConfig, SupportConfigModule } from './config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DeliveryEntity } from './deliveries/delivery.entity';
import { EntitlementEntity } from './entitlements/entitlement.entity';
import { EntitlementsModule } from './entitlements/entitlements.module';
import { NODE_EVENTS } from './intake-events';
import { Support1763769800001 } from './migrations/1763769800001-support';
import { StatementsModule } from './statements/statements.module';
import { StipendEntity } from './stipends/stipend.entity';
import { StipendsModule } from './stipends/stipends.module';

@Module({})
export class SupportAppModule {
  static forConfig(config: SupportConfig): DynamicModule {
    return {
      module: SupportAppModule,
      imports: [
        PlatformModule.forService({
          service: 'support',
          config,
          entities: [SupportTypeEntity, FundingSourceEntity, BudgetEntity, EntitlementEntity, DeliveryEntity, AttendanceEntity, StipendEntity],
          migrations: [Support1763769800001],
          produces: [...SUPPORT_CONTRACTS],
          consumes: NODE_EVENTS,
          caseAssignments: true,
        }),
        StatementsModule,
        SupportCatalogModule,
        BudgetsModule,
        EntitlementsModule,
        DeliveriesModule,
        StipendsModule,
        SupportConfigModule.of(config),
      ],
    };
  }
}
