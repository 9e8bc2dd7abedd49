import { Matches } from 'class-validator';

/** An ISO 4217 code; every amount in support is minor units of one. */
export function IsCurrency(): PropertyDecorator {
  return Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code such as EUR or PLN' });
}
