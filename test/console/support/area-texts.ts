import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@tandem/devkit';
import { text } from './console-texts';

type Messages = { [key: string]: string | Messages };

const CONSOLE_SRC = join(REPO_ROOT, 'apps/console/src');

/**
 * The console's text for `key` in `language`, as the user reads it: `<area>.…` keys from the area's own
 * texts (`apps/console/src/<area>/locales`), every other key from the shared ones.
 */
export function areaText(language: string, key: string, values: Record<string, string> = {}): string {
  const [area = '', ...rest] = key.split('.');
  const file = join(CONSOLE_SRC, area, 'locales', `${language}.json`);
  if (!existsSync(file)) return text(language, key, values);
  let found: string | Messages | undefined = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  for (const part of rest) found = typeof found === 'object' ? found[part] : undefined;
  if (typeof found !== 'string') throw new Error(`no text ${key} in ${language}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}
