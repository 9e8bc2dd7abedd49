import { type ArgumentsHost, Catch, ConflictException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { SupportRuleError } from './entitlement';

/** A support rule said no: 409 with the rule's own message. */
@Catch(SupportRuleError)
export class SupportRulesFilter extends BaseExceptionFilter {
  override catch(error: SupportRuleError, host: ArgumentsHost): void {
    super.catch(new ConflictException(error.message), host);
  }
}
