import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PROGRAM_STATUSES, type ProgramStatus, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { PageTitle } from '../ui/page-title';
import { PagedTable } from '../ui/paged-table';
import { useLocalText } from './local-text';

/** The node's programs, newest first, filtered by status. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const localText = useLocalText();
  const filterId = useId();
  const [status, setStatus] = useState<ProgramStatus | ''>('');
  const [page, setPage] = useState(1);
  const programs = useResource(`programs:${status}:${page}`, () => training.programs(api, page, status || undefined));
  return (
    <>
      <PageTitle text={t('training.programs.title')} />
      <p>
        <Link className="button primary" to="/training/programs/new">
          {t('training.programs.create')}
        </Link>
      </p>
      <div className="field inline">
        <label htmlFor={filterId}>{t('training.programs.filter')}</label>
        <select
          id={filterId}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ProgramStatus | '');
            setPage(1);
          }}
        >
          <option value="">{t('training.programs.all')}</option>
          {PROGRAM_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`training.programStatus.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <PagedTable
        resource={programs}
        empty={t('training.programs.empty')}
        headers={[t('training.program.title'), t('training.program.occupation'), t('training.program.provider'), t('training.program.status'), t('training.programs.created')]}
        cells={(item) => (
          <>
            <td>
              <Link to={`/training/programs/${item.id}`}>{localText(item.title)}</Link>
            </td>
            <td>{item.occupation}</td>
            <td>{item.provider}</td>
            <td>
              <span className="status">{t(`training.programStatus.${item.status}`)}</span>
            </td>
            <td>{format.date(item.createdAt)}</td>
          </>
        )}
        onPage={setPage}
      />
    </>
  );
}
