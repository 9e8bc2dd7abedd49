import { type ArgumentsHost, Catch, ConflictException, GoneException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { SurveyClosedError, SurveyNotDueError } from './survey';

/** 409 for a survey not yet due; 410, with the reason, for one answered or a link expired: asking again will not help. */
@Catch(SurveyNotDueError, SurveyClosedError)
export class SurveyRulesFilter extends BaseExceptionFilter {
  override catch(error: SurveyNotDueError | SurveyClosedError, host: ArgumentsHost): void {
    const http =
      error instanceof SurveyClosedError
        ? new GoneException({ statusCode: 410, error: 'Gone', message: error.message, reason: error.reason })
        : new ConflictException(error.message);
    super.catch(http, host);
  }
}
