import { Module } from '@nestjs/common';
import { CompletionsConsumer } from './completions.consumer';
import { CredentialsController } from './credentials.controller';
import { IssueCredential } from './issue-credential';
import { ManageCredentials } from './manage-credentials';
import { nodeIssuerProvider, NodeIssuer } from './node-issuer';
import { ReferralsModule } from '../referrals/referrals.module';

@Module({
  imports: [ReferralsModule],
  controllers: [CredentialsController, CompletionsConsumer],
  providers: [IssueCredential, ManageCredentials, nodeIssuerProvider],
  exports: [NodeIssuer],
})
export class CredentialsModule {}
