import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/api-client';
import { support } from '../api/support';
import { useApi } from '../api/use-api';
import { useFormat } from '../i18n/use-format';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { today } from './days';
import { useMoney } from './money';
import { type Catalog, useCatalog } from './use-catalog';

/** Grants a participant of the node one support type for a period, up to a cap, paid from one budget. */
export function NewEntitlementPage() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return (
    <>
      <PageTitle text={t('support.request.title')} />
      <p>{t('support.request.intro')}</p>
      <LoadState resource={catalog}>{(data) => (data.types.length === 0 || data.budgets.length === 0 ? <p>{t('support.request.noCatalog')}</p> : <RequestForm catalog={data} />)}</LoadState>
    </>
  );
}

function RequestForm({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const money = useMoney();
  const navigate = useNavigate();
  const toSaveError = useSaveError();
  const [search] = useSearchParams();
  const [typeId, setTypeId] = useState(catalog.types[0]?.id ?? '');
  const type = catalog.types.find((candidate) => candidate.id === typeId);
  const budgets = catalog.budgets.filter((budget) => budget.currency === type?.currency);
  const [budgetId, setBudgetId] = useState('');
  const budget = budgets.find((candidate) => candidate.id === budgetId) ?? budgets[0];
  const [error, setError] = useState<SaveError>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    try {
      const created = await support.request(api, {
        participantId: text('participantId'),
        supportTypeId: typeId,
        budgetId: budget?.id ?? '',
        periodFrom: text('periodFrom'),
        periodTo: text('periodTo'),
        capMinor: money.toMinor(text('capMinor'), type?.currency ?? 'EUR'),
        ...(text('capUnits') ? { capUnits: Number(text('capUnits')) } : {}),
        reason: text('reason'),
      });
      navigate(`/support/entitlements/${created.id}`);
    } catch (failure) {
      const unknown = failure instanceof ApiError && failure.status === 404;
      setError(unknown ? { message: t('support.request.unknownParticipant'), fields: {} } : toSaveError(failure));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={error} />
      <Field label={t('support.entitlement.participant')} name="participantId" error={error} hint={t('support.request.participantHint')}>
        <input required autoComplete="off" defaultValue={search.get('participant') ?? ''} />
      </Field>
      <Field label={t('support.entitlement.supportType')} name="supportTypeId" error={error}>
        <select value={typeId} onChange={(event) => setTypeId(event.target.value)}>
          {catalog.types.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name} ({t(`support.kind.${option.kind}`)}, {money.format(option.unitCostMinor, option.currency)} / {t(`support.unit.${option.unit}`, { count: 1 })})
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('support.entitlement.budget')} name="budgetId" error={error}>
        <select value={budget?.id ?? ''} onChange={(event) => setBudgetId(event.target.value)}>
          {budgets.map((option) => (
            <option key={option.id} value={option.id}>
              {t('support.request.budgetOption', {
                source: option.source.name,
                from: format.date(option.periodFrom),
                to: format.date(option.periodTo),
                available: money.format(option.availableMinor, option.currency),
              })}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('support.entitlement.periodFrom')} name="periodFrom" error={error}>
        <input type="date" required defaultValue={today()} />
      </Field>
      <Field label={t('support.entitlement.periodTo')} name="periodTo" error={error}>
        <input key={budget?.id} type="date" required defaultValue={budget?.periodTo} />
      </Field>
      <Field label={t('support.request.cap', { currency: type?.currency ?? '' })} name="capMinor" error={error} hint={t('support.request.capHint')}>
        <input required inputMode="decimal" autoComplete="off" />
      </Field>
      <Field label={`${t('support.request.capUnits')} (${t('common.optional')})`} name="capUnits" error={error}>
        <input type="number" min={1} step={1} />
      </Field>
      <Field label={t('support.entitlement.reason')} name="reason" error={error} hint={t('support.request.reasonHint')}>
        <textarea required maxLength={2000} rows={3} />
      </Field>
      <button type="submit" className="primary">
        {t('support.request.submit')}
      </button>
    </form>
  );
}
