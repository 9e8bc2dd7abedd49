import { type ArgumentsHost, Catch, ConflictException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { PlacementRuleError } from './placement';

/** A placement rule said no: 409 with the rule's own message. */
@Catch(PlacementRuleError)
export class PlacementRulesFilter extends BaseExceptionFilter {
  override catch(error: PlacementRuleError, host: ArgumentsHost): void {
    super.catch(new ConflictException(error.message), host);
  }
}
