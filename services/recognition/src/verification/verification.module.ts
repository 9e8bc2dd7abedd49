import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { RecognitionConfig } from '../config';
import { CredentialsModule } from '../credentials/credentials.module';
import { StatusModule } from '../status/status.module';
import { VerificationController } from './verification.controller';
import { RecognisedHere } from './recognised-here';
import { VerifyCredential } from './verify-credential';

@Module({
  imports: [
    CredentialsModule,
    StatusModule,
    ThrottlerModule.forRootAsync({
      inject: [RecognitionConfig],
      useFactory: (config: RecognitionConfig) => [{ ttl: 60_000, limit: config.RECOGNITION_VERIFY_LIMIT_PER_MINUTE }],
    }),
  ],
  controllers: [VerificationController],
  providers: [VerifyCredential, RecognisedHere],
  exports: [VerifyCredential],
})
export class VerificationModule {}
