import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@tandem/devkit';

type Messages = { [key: string]: string | Messages };

const cache = new Map<string, Messages>();

function messagesOf(language: string): Messages {
  let messages = cache.get(language);
  if (!messages) {
    messages = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/console/src/i18n/locales', `${language}.json`), 'utf8')) as Messages;
    cache.set(language, messages);
  }
  return messages;
}

/** The console's own text for `key` in `language`, so the test finds what a user of that language reads. */
export function text(language: string, key: string, values: Record<string, string> = {}): string {
  let found: string | Messages | undefined = messagesOf(language);
  for (const part of key.split('.')) found = typeof found === 'object' ? found[part] : undefined;
  if (typeof found !== 'string') throw new Error(`no text ${key} in ${language}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}
