import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyLinkView } from '../api/survey';
import { useFormat } from '../i18n/use-format';
import { SurveyPanel } from './survey-panel';

/** A new link, shown this once: to copy into a message, or to print and hand over. */
export function SurveyLinkPanel({ name, link, onClose }: { name: string; link: SurveyLinkView; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const url = new URL(link.path, window.location.origin).href;
  return (
    <SurveyPanel title={t('survey.link.title', { name })} onClose={onClose}>
      <p id={`${id}-hint`}>{t('survey.link.hint', { name, date: format.dateTime(link.expiresAt) })}</p>
      <div className="field">
        <label htmlFor={id}>{t('survey.link.label')}</label>
        <input id={id} className="survey-link" readOnly value={url} aria-describedby={`${id}-hint`} onFocus={(event) => event.target.select()} />
      </div>
      <p className="actions">
        <button type="button" onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}>
          {t('survey.link.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('survey.link.print')}
        </button>
        <span role="status">{copied ? t('survey.link.copied') : ''}</span>
      </p>
    </SurveyPanel>
  );
}
