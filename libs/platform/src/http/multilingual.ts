import { ValidateBy } from 'class-validator';

/** A text in several languages, keyed by ISO 639 code: `{ "pl": "Spawanie", "de": "Schweißen" }`. */
export type Multilingual = Record<string, string>;

/** The text to show where one language must do: English if given, else the first one. */
export function displayTitle(text: Multilingual): string {
  return text.en ?? Object.values(text)[0] ?? '';
}

const ISO_639 = /^[a-z]{2,3}$/;
const MAX_LANGUAGES = 30;
const MAX_LENGTH = 300;

/** `{ "<ISO 639 code>": text }` with at least one language; each text non-blank and at most 300 characters. */
export function IsMultilingual(): PropertyDecorator {
  return ValidateBy({
    name: 'isMultilingual',
    validator: {
      validate: (value: unknown) => problemOf(value, '') === undefined,
      defaultMessage: (args) => problemOf(args?.value, args?.property ?? 'value') ?? '',
    },
  });
}

function problemOf(value: unknown, property: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${property} must be an object of ISO 639 code: text`;
  const entries = Object.entries(value);
  if (entries.length === 0) return `${property} must have a text in at least one language`;
  if (entries.length > MAX_LANGUAGES) return `${property} must have at most ${MAX_LANGUAGES} languages`;
  const wrongCode = entries.find(([code]) => !ISO_639.test(code));
  if (wrongCode) return `${property} has ${wrongCode[0]}, which is not an ISO 639 code such as de or uk`;
  const wrongText = entries.find(([, text]) => typeof text !== 'string' || text.trim() === '' || text.length > MAX_LENGTH);
  if (wrongText) return `${property}.${wrongText[0]} must be a non-blank text of at most ${MAX_LENGTH} characters`;
  return undefined;
}

/** The OpenAPI shape of a multilingual text, for request and response properties alike. */
export const MULTILINGUAL_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'Text per ISO 639 language code',
} as const;
