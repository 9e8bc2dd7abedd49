import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { ConsentForm } from './consent-form';
import { ConsentList } from './consent-list';

export function ParticipantPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const participant = useResource(`participant:${id}`, () => intake.participant(api, id));
  return (
    <LoadState resource={participant}>
      {(data) => (
        <>
          <PageTitle text={`${data.givenName} ${data.familyName}`} />
          <dl className="facts">
            <dt>{t('participant.born')}</dt>
            <dd>{format.date(data.dateOfBirth)}</dd>
            <dt>{t('participant.residence')}</dt>
            <dd>{municipalityName(data.residenceMunicipality)}</dd>
            <dt>{t('participant.languages')}</dt>
            <dd>{data.languages.map((language) => `${language.code} ${language.level}`).join(', ') || t('common.none')}</dd>
          </dl>
          <p>
            <Link className="button primary" to={`/participants/${id}/referral`}>
              {t('participant.refer')}
            </Link>
          </p>
          <section aria-labelledby="consents">
            <h2 id="consents">{t('participant.consents')}</h2>
            <ConsentList participantId={id} consents={data.consents} onChange={participant.reload} />
            <ConsentForm participantId={id} onSaved={participant.reload} />
          </section>
        </>
      )}
    </LoadState>
  );
}
