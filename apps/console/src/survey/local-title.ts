import type { Multilingual } from '../api/survey';

/** A program's title in the reader's language, else English, else the first one given. */
export function localTitle(title: Multilingual, language: string): string {
  return title[language] ?? title.en ?? Object.values(title)[0] ?? '';
}
