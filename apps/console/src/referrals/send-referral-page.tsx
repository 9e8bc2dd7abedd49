import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useConfig } from '../config/config-context';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';

const REFERRAL_PURPOSE = 'cross-border-referral';

/** Refers a participant to a partner municipality, under the newest consent that covers it. */
export function SendReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const { partners } = useConfig();
  const navigate = useNavigate();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const participant = useResource(`participant:${id}`, () => intake.participant(api, id));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const optional = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    try {
      const sent = await intake.send(api, {
        participantId: id,
        destination: String(form.get('destination')),
        occupation: optional('occupation'),
        program: optional('program'),
        message: optional('message'),
      });
      navigate(`/referrals/${sent.id}`);
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  return (
    <LoadState resource={participant}>
      {(data) => {
        const covered = data.consents.some((consent) => !consent.withdrawnAt && consent.purposes.includes(REFERRAL_PURPOSE));
        return (
          <>
            <PageTitle text={t('send.title', { name: `${data.givenName} ${data.familyName}` })} />
            {!covered && <p role="alert">{t('send.noConsent')}</p>}
            <form onSubmit={(event) => void submit(event)} noValidate>
              <FormAlert error={error} />
              <Field label={t('send.destination')} name="destination" error={error}>
                <select>
                  {partners.map((partner) => (
                    <option key={partner.id} value={partner.id}>
                      {partner.displayName} ({partner.country})
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('send.occupation')} name="occupation" error={error}>
                <input inputMode="numeric" pattern="\d{4}" maxLength={4} />
              </Field>
              <Field label={t('send.program')} name="program" error={error}>
                <input maxLength={200} />
              </Field>
              <Field label={t('send.message')} name="message" error={error} hint={t('send.messageHint')}>
                <textarea maxLength={1000} rows={3} />
              </Field>
              <button type="submit" className="primary">
                {t('send.submit')}
              </button>
            </form>
          </>
        );
      }}
    </LoadState>
  );
}
