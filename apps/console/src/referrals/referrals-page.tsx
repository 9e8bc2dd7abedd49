import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Direction, intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { Pager } from '../ui/pager';

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
      <LoadState resource={referrals}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('referrals.empty')}</p>
          ) : (
            <>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('referrals.participant')}</th>
                    <th scope="col">{t(inbound ? 'referrals.from' : 'referrals.to')}</th>
                    <th scope="col">{t('referrals.program')}</th>
                    <th scope="col">{t('referrals.status')}</th>
                    <th scope="col">{t('referrals.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <Link to={`/referrals/${item.id}`}>{item.displayName ?? t('referrals.erased')}</Link>
                      </td>
                      <td>{municipalityName(item.partner)}</td>
                      <td>{item.request.program ?? ''}</td>
                      <td>
                        <span className={`status status-${item.status}`}>{t(`referralStatus.${item.status}`)}</span>
                      </td>
                      <td>{format.dateTime(item.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </LoadState>
    </>
  );
}
