import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** Decimals of `value` as written in its shortest form, exponent included: 1.5e-7 has 8. */
export function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * A finite number with at most `places` decimals. Use it instead of IsNumber's `maxDecimalPlaces`,
 * which splits toString() at the dot and throws (a 500) on exponent notation such as 1e-7.
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxDecimalPlaces',
      constraints: [places],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
        defaultMessage: buildMessage((each) => `${each}$property must have at most $constraint1 decimal places`, options),
      },
    },
    options,
  );
}
