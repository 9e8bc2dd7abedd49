import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseStatus, type CaseView, intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';

export const STATUSES: CaseStatus[] = ['open', 'on_hold', 'closed'];

export function CaseStatusForm({ item, onChanged }: { item: CaseView; onChanged(changed: CaseView): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const toSaveError = useSaveError();
  const [status, setStatus] = useState<CaseStatus>(item.status);
  const [error, setError] = useState<SaveError>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onChanged(await intake.changeCaseStatus(api, item.id, status));
      setError(undefined);
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  return (
    <form className="inline" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} className="visually-hidden">
        {t('cases.change', { name: item.participantName })}
      </label>
      <select id={id} value={status} onChange={(event) => setStatus(event.target.value as CaseStatus)}>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`caseStatus.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={status === item.status}>
        {t('common.save')}
      </button>
      <FormAlert error={error} />
    </form>
  );
}
