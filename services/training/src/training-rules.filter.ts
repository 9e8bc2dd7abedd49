import { type ArgumentsHost, Catch, ConflictException, UnprocessableEntityException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { EnrollmentStateError, UnknownTraineeError } from './enrollments/enrollment';

/** A rule of training said no: 409 when the state forbids it, 422 when the trainee named is not ours. */
@Catch(EnrollmentStateError, UnknownTraineeError)
export class TrainingRulesFilter extends BaseExceptionFilter {
  override catch(error: EnrollmentStateError | UnknownTraineeError, host: ArgumentsHost): void {
    const http = error instanceof UnknownTraineeError ? new UnprocessableEntityException(error.message) : new ConflictException(error.message);
    super.catch(http, host);
  }
}
