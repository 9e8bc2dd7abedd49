import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReasonInput } from '../api/intake';
import { Field } from '../ui/field';
import type { SaveError } from '../ui/form-errors';

/** A decline or a withdrawal: a reason from the list, and a comment the partner sees too. */
export function ReasonForm({ title, submit, reasons, error, onSubmit }: { title: string; submit: string; reasons: string[]; error?: SaveError; onSubmit(input: ReasonInput): Promise<void> }) {
  const { t } = useTranslation();
  const titleId = useId();
  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const comment = String(form.get('comment') ?? '').trim();
    void onSubmit({ reason: String(form.get('reason')), ...(comment ? { comment } : {}) });
  }
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={send}>
      <h2 id={titleId}>{title}</h2>
      <Field label={t('referral.reason')} name="reason" error={error}>
        <select defaultValue={reasons[0]}>
          {reasons.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reason.${reason}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`${t('referral.comment')} (${t('common.optional')})`} name="comment" error={error}>
        <textarea maxLength={500} rows={2} />
      </Field>
      <button type="submit">{submit}</button>
    </form>
  );
}
