import { type ArgumentsHost, Catch, ConflictException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { VacancyStateError } from './vacancy';

/** A vacancy rule said no: the request was understood, the vacancy's or employer's state forbids it (409). */
@Catch(VacancyStateError)
export class VacancyRulesFilter extends BaseExceptionFilter {
  override catch(error: VacancyStateError, host: ArgumentsHost): void {
    super.catch(new ConflictException(error.message), host);
  }
}
