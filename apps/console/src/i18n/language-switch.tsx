import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { applyLanguage, isLanguage, LANGUAGES, storeLanguage } from './i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { state } = useAuth();
  const id = useId();
  const subject = state.status === 'signed-in' ? state.session.subject : undefined;
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          storeLanguage(language, subject);
          void applyLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
