import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import de from './locales/de.json';
import en from './locales/en.json';
import pl from './locales/pl.json';
import uk from './locales/uk.json';

/** Each language under its own name, as a speaker looks for it. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pl', name: 'Polski' },
  { code: 'uk', name: 'Українська' },
  { code: 'ar', name: 'العربية' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_PREFIX = 'tandem.console.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/** Kept per user (several people may share a workstation), and the last choice for the sign-in screen. */
export function storedLanguage(subject?: string): Language | undefined {
  const stored = localStorage.getItem(subject ? `${STORAGE_PREFIX}.${subject}` : STORAGE_PREFIX);
  return isLanguage(stored) ? stored : undefined;
}

export function storeLanguage(language: Language, subject?: string): void {
  localStorage.setItem(STORAGE_PREFIX, language);
  if (subject) localStorage.setItem(`${STORAGE_PREFIX}.${subject}`, language);
}

function browserLanguage(): Language {
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]);
  return preferred.find(isLanguage) ?? 'en';
}

/** Switches the UI and the document's language and direction together. */
export async function applyLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

type Messages = { [key: string]: string | Messages };

const SHARED: Record<Language, Messages> = { en, de, pl, uk, ar };

/** Each area of the console keeps its texts beside its screens: `<area>/locales/<language>.json`, read as `t('<area>.…')`. */
const AREA_TEXTS = import.meta.glob<Messages>(['../*/locales/*.json', '!../i18n/locales/*.json'], { eager: true, import: 'default' });

function textsOf(language: Language): Messages {
  const texts: Messages = { ...SHARED[language] };
  for (const [path, messages] of Object.entries(AREA_TEXTS)) {
    const [, area, file] = /^\.\.\/([^/]+)\/locales\/([^/]+)\.json$/.exec(path) ?? [];
    if (file !== language || !area) continue;
    if (area in texts) throw new Error(`the console's texts name ${area} twice: shared and ${path}`);
    texts[area] = messages;
  }
  return texts;
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map(({ code }) => [code, { translation: textsOf(code) }])),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((language) => language.code),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await applyLanguage(storedLanguage() ?? browserLanguage());
}
