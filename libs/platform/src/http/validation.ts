import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** `{ 'languages.0.level': ['level must be one of ...'] }`: each wrong field with its messages. */
export function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, fieldErrors(error.children ?? [], path));
  }
  return fields;
}

/** Rejects unknown fields and wrong types with 400 before any handler runs, so nothing partial is written. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => invalidInput(fieldErrors(errors)),
  });
}

/** The same 400 the pipe gives, for a check only the handler can make (e.g. against stored data). */
export function invalidInput(fields: Record<string, string[]>): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', fields });
}
