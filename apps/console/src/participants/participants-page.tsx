import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { intake } from '../api/intake';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { PageTitle } from '../ui/page-title';
import { PagedTable } from '../ui/paged-table';

/** A caseworker reaches participants through their cases, so the list is that of the cases they hold. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const cases = useResource(`cases:${page}`, () => intake.cases(api, page));
  return (
    <>
      <PageTitle text={t('participants.title')} />
      <p>{t('participants.intro')}</p>
      <p>
        <Link className="button primary" to="/participants/new">
          {t('participants.register')}
        </Link>
      </p>
      <PagedTable
        resource={cases}
        empty={t('participants.empty')}
        headers={[t('participants.name'), t('participants.caseStatus'), t('participants.registered')]}
        cells={(item) => (
          <>
            <td>
              <Link to={`/participants/${item.participantId}`}>{item.participantName}</Link>
            </td>
            <td>{t(`caseStatus.${item.status}`)}</td>
            <td>{format.date(item.openedAt)}</td>
          </>
        )}
        onPage={setPage}
      />
    </>
  );
}
