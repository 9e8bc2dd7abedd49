import { type ArgumentMetadata, BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

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

/** Deeper than any input of ours goes; class-transformer recurses once per level and overflows the stack (a 500) at a few thousand. */
export const MAX_INPUT_DEPTH = 32;

/** Whether `value` nests objects or arrays more than `levels` deep; stops looking once it does. */
function nestsDeeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (levels === 0) return true;
  return Object.values(value).some((child) => nestsDeeperThan(child, levels - 1));
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what the caller sent: custom decorators may hand over server objects (a principal, the request).
    const input = metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param';
    if (input && nestsDeeperThan(value, MAX_INPUT_DEPTH)) throw invalidInput({ [metadata.type]: [`must not nest deeper than ${MAX_INPUT_DEPTH} levels`] });
    return super.transform(value, metadata);
  }
}

/** Rejects unknown fields, wrong types and absurd nesting with 400 before any handler runs, so nothing partial is written. */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
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
