import { Module } from '@nestjs/common';
import { ServiceConfig } from '@tandem/platform';
import { clockProvider } from '../clock';
import { SupportConfig } from '../config';
import { ApproveEntitlement } from './approve-entitlement';
import { EndEntitlement } from './end-entitlement';
import { EntitlementsController } from './entitlements.controller';
import { ReadEntitlements } from './read-entitlements';
import { RejectEntitlement } from './reject-entitlement';
import { RequestEntitlement } from './request-entitlement';
import { SupportEvents } from './support-events';

@Module({
  controllers: [EntitlementsController],
  providers: [
    RequestEntitlement,
    ApproveEntitlement,
    RejectEntitlement,
    EndEntitlement,
    ReadEntitlements,
    SupportEvents,
    clockProvider,
    // The app module's SupportConfig is not visible to the modules it imports; the platform's global config is the same object.
    { provide: SupportConfig, useExisting: ServiceConfig },
  ],
  exports: [SupportEvents],
})
export class EntitlementsModule {}
