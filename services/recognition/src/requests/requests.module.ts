import { Module } from '@nestjs/common';
import { VerificationModule } from '../verification/verification.module';
import { DecideRequest } from './decide-request';
import { ReadRequests } from './read-requests';
import { RecognitionRequestsController } from './recognition-requests.controller';
import { SubmitRequest } from './submit-request';

@Module({
  imports: [VerificationModule],
  controllers: [RecognitionRequestsController],
  providers: [SubmitRequest, DecideRequest, ReadRequests],
})
export class RequestsModule {}
