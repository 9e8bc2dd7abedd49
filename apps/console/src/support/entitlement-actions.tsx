import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_REASONS, type EndReason, type EntitlementView, support } from '../api/support';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { today } from './days';

/** A pending entitlement is approved or rejected by a second social worker; an approved one can be ended. */
export function EntitlementActions({ entitlement, onDone }: { entitlement: EntitlementView; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const [done, setDone] = useState('');

  async function act(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      setError(undefined);
      setDone(message);
      onDone();
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  return (
    <>
      <FormAlert error={error} />
      <p role="status" className="announcement">
        {done}
      </p>
      {entitlement.status === 'pending-approval' && (
        <div className="panel">
          <p>{t('support.actions.fourEyes')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void act(() => support.approve(api, entitlement.id), t('support.actions.approved'))}>
              {t('support.actions.approve')}
            </button>
            <button type="button" onClick={() => void act(() => support.reject(api, entitlement.id), t('support.actions.rejected'))}>
              {t('support.actions.reject')}
            </button>
          </div>
        </div>
      )}
      {entitlement.status === 'approved' && (
        <EndForm error={error} onSubmit={(input) => act(() => support.end(api, entitlement.id, input), t('support.actions.ended'))} />
      )}
    </>
  );
}

function EndForm({ error, onSubmit }: { error?: SaveError; onSubmit(input: { endedOn: string; reason: EndReason }): Promise<void> }) {
  const { t } = useTranslation();
  const titleId = useId();
  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void onSubmit({ endedOn: String(form.get('endedOn')), reason: String(form.get('reason')) as EndReason });
  }
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={send}>
      <h2 id={titleId}>{t('support.actions.endTitle')}</h2>
      <Field label={t('support.actions.endedOn')} name="endedOn" error={error}>
        <input type="date" required defaultValue={today()} />
      </Field>
      <Field label={t('support.actions.endReason')} name="reason" error={error}>
        <select defaultValue={END_REASONS[0]}>
          {END_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`support.endReason.${reason}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">{t('support.actions.end')}</button>
    </form>
  );
}
