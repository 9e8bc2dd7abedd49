import { type ArgumentsHost, Catch, ConflictException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { MatchingStateError } from './matching-rules';

/** A matching rule said no: 409 with the rule's own message. */
@Catch(MatchingStateError)
export class MatchingRulesFilter extends BaseExceptionFilter {
  override catch(error: MatchingStateError, host: ArgumentsHost): void {
    super.catch(new ConflictException(error.message), host);
  }
}
