import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EntitlementView, support, type SupportTypeView } from '../api/support';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { today } from './days';
import { useMoney } from './money';

/** One entry of the support log: so many units of the entitlement's support type, delivered on a day. */
export function DeliveryForm({ entitlement, type, onSaved }: { entitlement: EntitlementView; type: SupportTypeView; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const money = useMoney();
  const titleId = useId();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const [saved, setSaved] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    try {
      await support.logDelivery(api, entitlement.id, {
        date: text('date'),
        units: Number(text('units').replace(',', '.')),
        ...(text('amountMinor') ? { amountMinor: money.toMinor(text('amountMinor'), entitlement.currency) } : {}),
        provider: text('provider'),
        ...(text('note') ? { note: text('note') } : {}),
      });
      setError(undefined);
      setSaved(t('support.delivery.saved'));
      formElement.reset();
      onSaved();
    } catch (failure) {
      setSaved('');
      setError(toSaveError(failure));
    }
  }

  const unit = t(`support.unit.${type.unit}`, { count: 2 });
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={titleId}>{t('support.delivery.title')}</h3>
      <FormAlert error={error} />
      <p role="status" className="announcement">
        {saved}
      </p>
      <Field label={t('support.log.date')} name="date" error={error}>
        <input type="date" required defaultValue={today()} max={today()} />
      </Field>
      <Field label={t('support.delivery.units', { unit })} name="units" error={error}>
        <input required inputMode="decimal" autoComplete="off" />
      </Field>
      <Field
        label={`${t('support.delivery.amount', { currency: entitlement.currency })} (${t('common.optional')})`}
        name="amountMinor"
        error={error}
        hint={t('support.delivery.amountHint', { cost: money.format(type.unitCostMinor, type.currency), unit: t(`support.unit.${type.unit}`, { count: 1 }) })}
      >
        <input inputMode="decimal" autoComplete="off" />
      </Field>
      <Field label={t('support.log.provider')} name="provider" error={error}>
        <input required maxLength={200} autoComplete="off" />
      </Field>
      <Field label={`${t('support.log.note')} (${t('common.optional')})`} name="note" error={error} hint={t('support.delivery.noteHint')}>
        <textarea maxLength={4000} rows={2} />
      </Field>
      <button type="submit" className="primary">
        {t('support.delivery.submit')}
      </button>
    </form>
  );
}
