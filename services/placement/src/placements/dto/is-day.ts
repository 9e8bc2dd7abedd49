import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Length } from 'class-validator';

/** `YYYY-MM-DD` naming a day that exists (no 2027-02-30). */
export function IsDay(): PropertyDecorator {
  const message = '$property must be a date, YYYY-MM-DD';
  return applyDecorators(IsISO8601({ strict: true }, { message }), Length(10, 10, { message }));
}
