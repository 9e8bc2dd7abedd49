import { type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { SHAREABLE_PROFILE_FIELDS } from '@tandem/contracts';

/** `fields` maps purposes the consent covers to shareable profile fields, and nothing else. */
@ValidatorConstraint({ name: 'consentFields' })
export class ConsentFieldsConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return problemsOf(value, (args.object as { purposes?: unknown }).purposes).length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    return problemsOf(args.value, (args.object as { purposes?: unknown }).purposes).join('; ');
  }
}

function problemsOf(value: unknown, purposes: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['fields must be an object of purpose: [field, ...]'];
  const granted = Array.isArray(purposes) ? purposes : [];
  const shareable: readonly unknown[] = SHAREABLE_PROFILE_FIELDS;
  return Object.entries(value).flatMap(([purpose, fields]) => {
    if (!granted.includes(purpose)) return [`fields names ${purpose}, which is not among the consent's purposes`];
    if (!Array.isArray(fields) || fields.some((field) => !shareable.includes(field))) {
      return [`fields.${purpose} must list only shareable fields: ${SHAREABLE_PROFILE_FIELDS.join(', ')}`];
    }
    return [];
  });
}
