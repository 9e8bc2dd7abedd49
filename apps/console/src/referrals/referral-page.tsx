import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { intake, type ReferralView } from '../api/intake';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { ReferralActions } from './referral-actions';
import { Timeline } from './timeline';

/** The partner's steps arrive through Kafka: the screen looks again this often while it is open. */
const REFRESH_MS = 5000;

export function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const referral = useResource(`referral:${id}`, () => intake.referral(api, id));
  const timeline = useResource(`timeline:${id}`, () => intake.timeline(api, id));
  const { reload: reloadReferral } = referral;
  const { reload: reloadTimeline } = timeline;

  useEffect(() => {
    const timer = window.setInterval(() => {
      reloadReferral();
      reloadTimeline();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reloadReferral, reloadTimeline]);

  return (
    <LoadState resource={referral}>
      {(data) => (
        <>
          <PageTitle text={t('referral.title', { name: data.displayName ?? t('referrals.erased') })} />
          <ReferralFacts referral={data} />
          <ReferralActions
            referral={data}
            onDone={() => {
              reloadReferral();
              reloadTimeline();
            }}
          />
          <section aria-labelledby="timeline">
            <h2 id="timeline">{t('referral.timeline')}</h2>
            <LoadState resource={timeline}>{(body) => <Timeline steps={body.steps} />}</LoadState>
          </section>
        </>
      )}
    </LoadState>
  );
}

function ReferralFacts({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const { request, profile } = referral;
  return (
    <>
      <p>
        {t(`referral.direction.${referral.direction}`, { partner: municipalityName(referral.partner) })} ·{' '}
        <span className={`status status-${referral.status}`} data-testid="referral-status">
          {t(`referralStatus.${referral.status}`)}
        </span>
      </p>
      <dl className="facts">
        {request.occupation && (
          <>
            <dt>{t('referral.occupation')}</dt>
            <dd>{request.occupation}</dd>
          </>
        )}
        {request.program && (
          <>
            <dt>{t('referral.program')}</dt>
            <dd>{request.program}</dd>
          </>
        )}
        {request.message && (
          <>
            <dt>{t('referral.message')}</dt>
            <dd>{request.message}</dd>
          </>
        )}
      </dl>
      {referral.direction === 'inbound' && (
        <section aria-labelledby="profile">
          <h2 id="profile">{t('referral.profile')}</h2>
          {profile ? <SharedProfile profile={profile} /> : referral.erasedAt && <p>{t('referral.profileErased', { date: format.date(referral.erasedAt) })}</p>}
        </section>
      )}
    </>
  );
}

function SharedProfile({ profile }: { profile: Record<string, unknown> }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {Object.entries(profile).map(([field, value]) => (
        <div key={field}>
          <dt>{t(`field.${field}`, { defaultValue: field })}</dt>
          <dd>{describe(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Shared fields are strings, or lists of small records such as `{ code, level }`. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return value.map(describe).join(', ');
  if (value && typeof value === 'object') return Object.values(value).map(describe).join(' ');
  return String(value ?? '');
}
