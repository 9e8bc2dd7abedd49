import { type ArgumentsHost, Catch, ConflictException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { StipendStateError } from './stipend-errors';

/** A month that cannot be paid now is a conflict with the entitlement's state, not bad input. */
@Catch(StipendStateError)
export class StipendRulesFilter extends BaseExceptionFilter {
  override catch(error: StipendStateError, host: ArgumentsHost): void {
    super.catch(new ConflictException(error.message), host);
  }
}
