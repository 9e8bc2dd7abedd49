import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { StatusModule } from '../status/status.module';
import { VerificationController } from './verification.controller';
import { RecognisedHere } from './recognised-here';
import { VerifyCredential } from './verify-credential';

@Module({
  imports: [CredentialsModule, StatusModule],
  controllers: [VerificationController],
  providers: [VerifyCredential, RecognisedHere],
  exports: [VerifyCredential],
})
export class VerificationModule {}
