import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useConfig } from '../config/config-context';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { Checkboxes } from './checkboxes';

const PURPOSES = ['cross-border-referral', 'progress-sharing', 'outcome-tracking', 'employer-sharing'];
const REFERRAL_FIELDS = ['givenName', 'familyName', 'dateOfBirth', 'languages', 'skills', 'education', 'workExperience'];
const CHANNELS = ['in_person', 'paper', 'digital'];
const GIVERS = ['participant', 'legal-representative'];

/** Records a consent as the participant gave it: purposes, what a referral may carry, and to whom. */
export function ConsentForm({ participantId, onSaved }: { participantId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { partners } = useConfig();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const purposes = form.getAll('purposes').map(String);
    const fields: Record<string, string[]> = purposes.includes('cross-border-referral') ? { 'cross-border-referral': form.getAll('fields').map(String) } : {};
    try {
      await intake.grantConsent(api, participantId, {
        purposes,
        fields,
        recipients: form.getAll('recipients').map(String),
        noticeVersion: String(form.get('noticeVersion') ?? ''),
        channel: String(form.get('channel') ?? ''),
        givenBy: String(form.get('givenBy') ?? ''),
      });
      setError(undefined);
      setSaved(true);
      formElement.reset();
      onSaved();
    } catch (failure) {
      setSaved(false);
      setError(toSaveError(failure));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="consent-form-title" className="panel">
      <h3 id="consent-form-title">{t('consent.title')}</h3>
      <FormAlert error={error} />
      {saved && <p role="status">{t('consent.saved')}</p>}
      <Checkboxes legend={t('consent.purposes')} name="purposes" options={PURPOSES.map((value) => ({ value, label: t(`purpose.${value}`) }))} error={error} />
      <Checkboxes legend={t('consent.fields')} name="fields" options={REFERRAL_FIELDS.map((value) => ({ value, label: t(`field.${value}`) }))} error={error} />
      <Checkboxes
        legend={`${t('consent.recipients')} (${t('common.optional')})`}
        name="recipients"
        options={partners.map((partner) => ({ value: partner.id, label: partner.displayName }))}
        error={error}
      />
      <Field label={t('consent.noticeVersion')} name="noticeVersion" error={error}>
        <input required defaultValue="2026-01" />
      </Field>
      <Field label={t('consent.channel')} name="channel" error={error}>
        <select defaultValue="in_person">
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('consent.givenBy')} name="givenBy" error={error}>
        <select defaultValue="participant">
          {GIVERS.map((giver) => (
            <option key={giver} value={giver}>
              {t(`givenBy.${giver}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="primary">
        {t('consent.submit')}
      </button>
    </form>
  );
}
