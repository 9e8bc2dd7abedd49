import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = { [key: string]: string | Messages };

const SRC = join(__dirname, '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The shared texts (i18n/locales) and those of each area of the console (<area>/locales). */
const LOCALE_DIRS = readdirSync(SRC)
  .map((area) => join(SRC, area, 'locales'))
  .filter((dir) => existsSync(join(dir, 'en.json')));

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

const load = (dir: string, language: string) => flatten(JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')) as Messages);

const CASES = LOCALE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .map((file) => file.replace(/\.json$/, ''))
    .filter((language) => language !== 'en')
    .map((language) => ({ name: `${dir.slice(SRC.length + 1)} ${language}`, dir, language })),
);

describe('the console translations', () => {
  it('cover the same five languages in every area', () => {
    for (const dir of LOCALE_DIRS) expect({ dir, files: readdirSync(dir).sort() }).toEqual({ dir, files: ['ar.json', 'de.json', 'en.json', 'pl.json', 'uk.json'] });
  });

  it.each(CASES)('$name has every text English has, and nothing else', ({ dir, language }) => {
    const base = (keys: Iterable<string>) => [...new Set([...keys].map((key) => key.replace(PLURAL, '')))].sort();
    expect(base(load(dir, language).keys())).toEqual(base(load(dir, 'en').keys()));
  });

  it.each(CASES)('$name has every plural form its grammar uses', ({ dir, language }) => {
    const messages = load(dir, language);
    const plurals = [...load(dir, 'en').keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(PLURAL, ''));
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const key of plurals) expect(forms.filter((form) => !messages.has(`${key}_${form}`))).toEqual([]);
  });

  it.each(CASES)('$name keeps every placeholder of the English text', ({ dir, language }) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();
    const messages = load(dir, language);
    for (const [key, text] of load(dir, 'en')) {
      const translated = messages.get(key) ?? messages.get(key.replace(PLURAL, '_other')) ?? '';
      expect({ key, placeholders: placeholders(translated) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });
});
