import { type ArgumentsHost, Catch, ConflictException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ProgramStateError } from './program';

/** A program rule said no: the request was understood, the program's status forbids it (409). */
@Catch(ProgramStateError)
export class ProgramRulesFilter extends BaseExceptionFilter {
  override catch(error: ProgramStateError, host: ArgumentsHost): void {
    super.catch(new ConflictException(error.message), host);
  }
}
