import { type ArgumentsHost, Catch, ConflictException, ForbiddenException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GrievanceForbiddenError, GrievanceStateError } from './grievance';

/** A grievance rule said no: 409 when its state forbids the change, 403 when the caller may not make it. */
@Catch(GrievanceStateError, GrievanceForbiddenError)
export class GrievanceRulesFilter extends BaseExceptionFilter {
  override catch(error: GrievanceStateError | GrievanceForbiddenError, host: ArgumentsHost): void {
    super.catch(error instanceof GrievanceStateError ? new ConflictException(error.message) : new ForbiddenException(error.message), host);
  }
}
