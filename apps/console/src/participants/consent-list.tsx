import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentView, intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';

export function ConsentList({ participantId, consents, onChange }: { participantId: string; consents: ConsentView[]; onChange(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();

  async function withdraw(consent: ConsentView) {
    if (!window.confirm(t('participant.withdrawConfirm'))) return;
    try {
      await intake.withdrawConsent(api, participantId, consent.id);
      onChange();
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  if (consents.length === 0) return <p>{t('participant.noConsents')}</p>;
  return (
    <>
      <FormAlert error={error} />
      <ul className="consents">
        {consents.map((consent) => (
          <li key={consent.id}>
            <p className="consent-purposes">{consent.purposes.map((purpose) => t(`purpose.${purpose}`)).join(', ')}</p>
            <p>
              {t('participant.given', { date: format.date(consent.givenAt), channel: t(`channel.${consent.channel}`), givenBy: t(`givenBy.${consent.givenBy}`) })}
              {' · '}
              {consent.withdrawnAt ? t('participant.withdrawn', { date: format.date(consent.withdrawnAt) }) : t('participant.inForce')}
            </p>
            <p>
              {t('participant.recipients')}: {consent.recipients.length > 0 ? consent.recipients.map(municipalityName).join(', ') : t('participant.anyMember')}
            </p>
            {Object.entries(consent.fields).map(([purpose, fields]) => (
              <p key={purpose}>
                {t('participant.fields')} ({t(`purpose.${purpose}`)}): {fields.map((field) => t(`field.${field}`)).join(', ')}
              </p>
            ))}
            {!consent.withdrawnAt && (
              <button type="button" onClick={() => void withdraw(consent)}>
                {t('participant.withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
