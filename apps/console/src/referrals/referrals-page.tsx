import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Direction, intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { PageTitle } from '../ui/page-title';
import { PagedTable } from '../ui/paged-table';

/** The inbox (referrals partners sent us) or the outbox (those we sent), newest first as the service lists them. */
export function ReferralsPage({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const [page, setPage] = useState(1);
  const referrals = useResource(`referrals:${direction}:${page}`, () => intake.referrals(api, direction, page));
  const inbound = direction === 'inbound';
  return (
    <>
      <PageTitle text={t(inbound ? 'referrals.inboxTitle' : 'referrals.outboxTitle')} />
      <p>{t(inbound ? 'referrals.inboxIntro' : 'referrals.outboxIntro')}</p>
      <PagedTable
        resource={referrals}
        empty={t('referrals.empty')}
        headers={[t('referrals.participant'), t(inbound ? 'referrals.from' : 'referrals.to'), t('referrals.program'), t('referrals.status'), t('referrals.updated')]}
        cells={(item) => (
          <>
            <td>
              <Link to={`/referrals/${item.id}`}>{item.displayName ?? t('referrals.erased')}</Link>
            </td>
            <td>{municipalityName(item.partner)}</td>
            <td>{item.request.program ?? ''}</td>
            <td>
              <span className={`status status-${item.status}`}>{t(`referralStatus.${item.status}`)}</span>
            </td>
            <td>{format.dateTime(item.updatedAt)}</td>
          </>
        )}
        onPage={setPage}
      />
    </>
  );
}
