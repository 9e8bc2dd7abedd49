import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = { [key: string]: string | Messages };

const DIR = join(__dirname, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

const load = (language: string) => flatten(JSON.parse(readFileSync(join(DIR, `${language}.json`), 'utf8')) as Messages);
const english = load('en');
const languages = readdirSync(DIR).map((file) => file.replace(/\.json$/, '')).filter((language) => language !== 'en');

describe('the console translations', () => {
  it.each(languages)('%s has every text English has, and nothing else', (language) => {
    const base = (keys: Iterable<string>) => [...new Set([...keys].map((key) => key.replace(PLURAL, '')))].sort();
    expect(base(load(language).keys())).toEqual(base(english.keys()));
  });

  it.each(languages)('%s has every plural form its grammar uses', (language) => {
    const messages = load(language);
    const plurals = [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(PLURAL, ''));
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const key of plurals) expect(forms.filter((form) => !messages.has(`${key}_${form}`))).toEqual([]);
  });

  it.each(languages)('%s keeps every placeholder of the English text', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();
    const messages = load(language);
    for (const [key, text] of english) {
      const translated = messages.get(key) ?? messages.get(key.replace(PLURAL, '_other')) ?? '';
      expect({ key, placeholders: placeholders(translated) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });
});
