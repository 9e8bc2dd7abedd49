import { useTranslation } from 'react-i18next';
import type { LanguageSkill } from '../api/intake';
import type { SaveError } from '../ui/form-errors';

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** The languages a participant speaks, each with its CEFR level; rows are added and removed by button. */
export function LanguagesInput({ value, onChange, error }: { value: LanguageSkill[]; onChange(value: LanguageSkill[]): void; error?: SaveError }) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<LanguageSkill>) => onChange(value.map((entry, at) => (at === index ? { ...entry, ...change } : entry)));
  const wrong = Object.entries(error?.fields ?? {}).filter(([field]) => field.startsWith('languages'));
  return (
    <fieldset>
      <legend>{t('register.languages')}</legend>
      {value.map((entry, index) => (
        <div className="language-row" key={index}>
          <label>
            {t('register.languageCode')}
            <input value={entry.code} maxLength={3} onChange={(event) => update(index, { code: event.target.value })} />
          </label>
          <label>
            {t('register.languageLevel')}
            <select value={entry.level} onChange={(event) => update(index, { level: event.target.value })}>
              {LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => onChange(value.filter((_, at) => at !== index))}>
            {t('register.removeLanguage', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { code: '', level: 'A1' }])}>
        {t('register.addLanguage')}
      </button>
      {wrong.length > 0 && <p className="field-error">{wrong.flatMap(([, messages]) => messages).join(' ')}</p>}
    </fieldset>
  );
}
