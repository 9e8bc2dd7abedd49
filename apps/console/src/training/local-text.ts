import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Multilingual, ProgramModuleView } from '../api/training';

/** A catalog text in the user's language where it has one, else English, else its first language. */
export function useLocalText(): (text: Multilingual) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((text) => text[language] ?? text.en ?? Object.values(text)[0] ?? '', [language]);
}

/** A module of the program by its code and title; an id the program does not list shows as none. */
export function useModuleName(modules: ProgramModuleView[]): (moduleId: string | null) => string {
  const localText = useLocalText();
  return (moduleId) => {
    const module = modules.find((candidate) => candidate.moduleId === moduleId);
    return module ? `${module.code} ${localText(module.title)}` : '';
  };
}
