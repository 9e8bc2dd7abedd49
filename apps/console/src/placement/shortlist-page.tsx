import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { placement, type ShortlistEntryView } from '../api/placement';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { ListTable } from '../ui/list-table';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';

/**
 * A vacancy's shortlist as its employer sees it: pseudonyms and why each fits, best first. A name and
 * contact appear only once the candidate's caseworker has released them, under the candidate's consent.
 */
export function ShortlistPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const vacancy = useResource(`vacancy:${id}`, () => placement.vacancy(api, id));
  const shortlist = useResource(`shortlist:${id}`, () => placement.shortlist(api, id));
  return (
    <LoadState resource={vacancy}>
      {(data) => (
        <>
          <PageTitle text={t('placement.shortlist.title', { title: data.title })} />
          <p>{t('placement.shortlist.intro')}</p>
          <ListTable
            resource={shortlist}
            empty={t('placement.shortlist.empty')}
            headers={[t('placement.shortlist.candidate'), t('placement.shortlist.score'), t('placement.shortlist.why'), t('placement.shortlist.identity')]}
            row={(entry) => ({ key: entry.id, cells: <EntryCells entry={entry} /> })}
          />
        </>
      )}
    </LoadState>
  );
}

function EntryCells({ entry }: { entry: ShortlistEntryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <td data-testid="pseudonym">{entry.pseudonym}</td>
      <td>{t('placement.shortlist.percent', { value: format.number(Math.round(entry.score * 100)) })}</td>
      <td>
        <ul>
          {entry.explanation.map((component) => (
            <li key={component.component}>
              <strong>{t(`placement.component.${component.component}`)}:</strong> <span lang="en">{component.reasons[0] ?? ''}</span>
            </li>
          ))}
        </ul>
      </td>
      <td data-testid="identity">{entry.identity ? `${entry.identity.displayName}, ${entry.identity.contact}` : t('placement.shortlist.notReleased')}</td>
    </>
  );
}
