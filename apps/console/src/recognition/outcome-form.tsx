import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPEAL_OUTCOMES, type AppealOutcome, type DecisionInput, type Outcome, OUTCOMES } from '../api/recognition';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';

/**
 * An officer's decision, or with `appeal` the review of an appeal: upheld keeps the outcome in force,
 * overturned or modified names the new one. Compensation measures, one a line, go with a conditional outcome.
 */
export function OutcomeForm({ title, submit, appeal = false, onSubmit }: { title: string; submit: string; appeal?: boolean; onSubmit(input: DecisionInput): Promise<void> }) {
  const { t } = useTranslation();
  const titleId = useId();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const [saving, setSaving] = useState(false);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const measures = text('compensationMeasures').split('\n').map((line) => line.trim()).filter(Boolean);
    const input: DecisionInput = {
      ...(appeal ? { appealOutcome: text('appealOutcome') as AppealOutcome } : {}),
      ...(text('outcome') ? { outcome: text('outcome') as Outcome } : {}),
      ...(measures.length ? { compensationMeasures: measures } : {}),
      reasons: text('reasons'),
    };
    setSaving(true);
    try {
      await onSubmit(input);
      setError(undefined);
    } catch (failure) {
      setError(toSaveError(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={(event) => void send(event)} noValidate>
      <h2 id={titleId}>{title}</h2>
      <FormAlert error={error} />
      {appeal && (
        <Field label={t('recognition.appeal.appealOutcome')} name="appealOutcome" error={error}>
          <select defaultValue="upheld">
            {APPEAL_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`recognition.appealOutcome.${value}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('recognition.decide.outcome')} name="outcome" error={error} hint={appeal ? t('recognition.appeal.outcomeHint') : undefined}>
        <select defaultValue={appeal ? '' : 'full'}>
          {appeal && <option value="">{t('recognition.appeal.unchanged')}</option>}
          {OUTCOMES.map((value) => (
            <option key={value} value={value}>
              {t(`recognition.outcome.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`${t('recognition.decide.measures')} (${t('common.optional')})`} name="compensationMeasures" error={error} hint={t('recognition.decide.measuresHint')}>
        <textarea rows={3} />
      </Field>
      <Field label={t('recognition.decide.reasons')} name="reasons" error={error}>
        <textarea rows={4} maxLength={4000} required />
      </Field>
      <button type="submit" className="primary" disabled={saving}>
        {submit}
      </button>
    </form>
  );
}
