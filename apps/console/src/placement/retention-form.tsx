import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DueCheckpointView, placement, type RetentionInput, WAGE_PERIODS, type WagePeriod } from '../api/placement';
import { useApi } from '../api/use-api';
import { useFormat } from '../i18n/use-format';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';

const today = () => new Date().toISOString().slice(0, 10);

/** A checkpoint's answer, asked of the person: still employed, and if so at what wage now. */
export function RetentionForm({ checkpoint, onSaved, onCancel }: { checkpoint: DueCheckpointView; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const titleId = useId();
  const toSaveError = useSaveError();
  const [employed, setEmployed] = useState(true);
  const [error, setError] = useState<SaveError>();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const wage = { amountMinor: Math.round(Number(text('amount')) * 100), currency: text('currency').toUpperCase(), period: text('period') as WagePeriod };
    const input: RetentionInput = { recordedOn: text('recordedOn'), stillEmployed: employed, ...(employed ? { wage } : {}) };
    try {
      await placement.recordRetention(api, checkpoint, input);
      onSaved();
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  // The service names wage fields `wage.amountMinor`…; the form shows them at the inputs a person fills in.
  const fieldError = error && { ...error, fields: { ...error.fields, amount: [...(error.fields['wage.amountMinor'] ?? []), ...(error.fields['wage'] ?? [])], currency: error.fields['wage.currency'] ?? [] } };
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={(event) => void save(event)} noValidate>
      <h2 id={titleId}>{t('placement.retention.formTitle', { checkpoint: t('placement.retention.days', { count: checkpoint.days }), date: format.date(checkpoint.dueOn) })}</h2>
      <FormAlert error={error} />
      <Field label={t('placement.retention.recordedOn')} name="recordedOn" error={fieldError}>
        <input type="date" defaultValue={today()} required />
      </Field>
      <fieldset className="checkboxes">
        <legend>{t('placement.retention.stillEmployed')}</legend>
        <label>
          <input type="radio" name="stillEmployed" checked={employed} onChange={() => setEmployed(true)} /> {t('common.yes')}
        </label>{' '}
        <label>
          <input type="radio" name="stillEmployed" checked={!employed} onChange={() => setEmployed(false)} /> {t('common.no')}
        </label>
      </fieldset>
      {employed && (
        <>
          <Field label={t('placement.retention.amount')} name="amount" error={fieldError} hint={t('placement.retention.amountHint')}>
            <input type="number" min={0} step="0.01" inputMode="decimal" required />
          </Field>
          <Field label={t('placement.retention.currency')} name="currency" error={fieldError}>
            <input maxLength={3} size={4} required />
          </Field>
          <Field label={t('placement.retention.period')} name="period" error={fieldError}>
            <select defaultValue="month">
              {WAGE_PERIODS.map((period) => (
                <option key={period} value={period}>
                  {t(`placement.wagePeriod.${period}`)}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('placement.retention.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
