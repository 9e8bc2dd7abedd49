import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type QueueStage, recognition, type RecognitionRequestView } from '../api/recognition';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { PageTitle } from '../ui/page-title';
import { PagedTable } from '../ui/paged-table';
import { presentedText } from './presented-text';

const STAGES: QueueStage[] = ['pending', 'appealed'];

/** The officers' worklist, oldest first: every request, or those awaiting a decision; `appeals`: those awaiting an appeal's review. */
export function RequestsPage({ appeals = false }: { appeals?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const filterId = useId();
  const [chosen, setChosen] = useState<QueueStage | ''>('pending');
  const [page, setPage] = useState(1);
  const stage = appeals ? 'appealed' : chosen || undefined;
  const requests = useResource(`recognition-requests:${stage}:${page}`, () => recognition.queue(api, page, stage));
  return (
    <>
      <PageTitle text={t(appeals ? 'recognition.appeals.title' : 'recognition.requests.title')} />
      <p>{t(appeals ? 'recognition.appeals.intro' : 'recognition.requests.intro')}</p>
      {!appeals && (
        <div className="field inline">
          <label htmlFor={filterId}>{t('recognition.requests.filter')}</label>
          <select
            id={filterId}
            value={chosen}
            onChange={(event) => {
              setChosen(event.target.value as QueueStage | '');
              setPage(1);
            }}
          >
            <option value="">{t('recognition.requests.all')}</option>
            {STAGES.map((value) => (
              <option key={value} value={value}>
                {t(`recognition.stage.${value}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <PagedTable
        resource={requests}
        empty={t(appeals ? 'recognition.appeals.empty' : 'recognition.requests.empty')}
        headers={[t('recognition.request.presented'), t('recognition.request.requestedOn'), t('recognition.request.state')]}
        cells={(item) => (
          <>
            <td>
              <Link to={`/recognition/requests/${item.id}`}>{presentedText(item.presented)}</Link>
            </td>
            <td>{format.date(item.requestedOn)}</td>
            <td>
              <RequestState request={item} />
            </td>
          </>
        )}
        onPage={setPage}
      />
    </>
  );
}

/** Where a request stands: pending, or the outcome in force, and whether an appeal awaits review. */
export function RequestState({ request }: { request: RecognitionRequestView }) {
  const { t } = useTranslation();
  const { decision, appeal } = request;
  const parts = [decision ? t(`recognition.outcome.${decision.outcome}`) : t('recognition.stage.pending')];
  if (appeal && !appeal.appealOutcome) parts.push(t('recognition.stage.appealed'));
  return (
    <span className="status" data-testid="request-state">
      {parts.join(' · ')}
    </span>
  );
}
