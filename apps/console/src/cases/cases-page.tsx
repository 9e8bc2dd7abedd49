import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type CaseStatus, intake } from '../api/intake';
import { STATUSES } from './case-status-form';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { PageTitle } from '../ui/page-title';
import { PagedTable } from '../ui/paged-table';
import { CaseStatusForm } from './case-status-form';


export function CasesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const filterId = useId();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [page, setPage] = useState(1);
  const [announcement, setAnnouncement] = useState('');
  const cases = useResource(`cases:${status}:${page}`, () => intake.cases(api, page, status || undefined));
  return (
    <>
      <PageTitle text={t('cases.title')} />
      <div className="field inline">
        <label htmlFor={filterId}>{t('cases.filter')}</label>
        <select
          id={filterId}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as CaseStatus | '');
            setPage(1);
          }}
        >
          <option value="">{t('cases.all')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`caseStatus.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="announcement">
        {announcement}
      </p>
      <PagedTable
        resource={cases}
        empty={t('cases.empty')}
        headers={[t('cases.participant'), t('cases.opened'), t('cases.status')]}
        cells={(item) => (
          <>
            <td>
              <Link to={`/participants/${item.participantId}`}>{item.participantName}</Link>
            </td>
            <td>{format.date(item.openedAt)}</td>
            <td>
              <CaseStatusForm
                item={item}
                onChanged={(changed) => {
                  setAnnouncement(t('cases.changed', { name: changed.participantName, status: t(`caseStatus.${changed.status}`) }));
                  cases.reload();
                }}
              />
            </td>
          </>
        )}
        onPage={setPage}
      />
    </>
  );
}
