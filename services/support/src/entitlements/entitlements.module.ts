import { Module } from '@nestjs/common';
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
  ],
  exports: [SupportEvents],
})
export class EntitlementsModule {}
