import { isISO8601, ValidateBy } from 'class-validator';

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isISO8601(value, { strict: true }),
      defaultMessage: (args) => `${args?.property} must be a date, YYYY-MM-DD`,
    },
  });
}

/**
 * The value is not before (or, with `strictly`, after) another property of the same body. Both are
 * ISO dates or HH:MM times, which compare as strings; a malformed one is left to its own checks.
 */
export function IsNotBefore(property: string, options: { strictly?: boolean } = {}): PropertyDecorator {
  const relation = options.strictly ? 'after' : 'on or after';
  return ValidateBy({
    name: 'isNotBefore',
    constraints: [property],
    validator: {
      validate: (value: unknown, args) => {
        const other: unknown = (args?.object as Record<string, unknown>)[property];
        if (typeof value !== 'string' || typeof other !== 'string') return true;
        return options.strictly ? value > other : value >= other;
      },
      defaultMessage: (args) => `${args?.property} must be ${relation} ${property}`,
    },
  });
}
