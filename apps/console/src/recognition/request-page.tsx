import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { recognition, type RecognitionRequestView } from '../api/recognition';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useSession } from '../auth/auth-context';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { OutcomeForm } from './outcome-form';
import { presentedText } from './presented-text';
import { RequestHistory } from './request-history';
import { RequestState } from './requests-page';

export function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const request = useResource(`recognition-request:${id}`, () => recognition.request(api, id));
  const [done, setDone] = useState('');
  return (
    <LoadState resource={request}>
      {(data) => (
        <>
          <PageTitle text={t('recognition.request.title', { presented: presentedText(data.presented) })} />
          <RequestFacts request={data} />
          <p role="status" className="announcement">
            {done}
          </p>
          <RequestAction
            request={data}
            onDone={(message) => {
              setDone(message);
              request.reload();
            }}
          />
          <section aria-labelledby="history">
            <h2 id="history">{t('recognition.request.history')}</h2>
            <RequestHistory request={data} />
          </section>
        </>
      )}
    </LoadState>
  );
}

function RequestFacts({ request }: { request: RecognitionRequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { presented, evidence } = request;
  return (
    <dl className="facts">
      <dt>{t('recognition.request.state')}</dt>
      <dd>
        <RequestState request={request} />
      </dd>
      <dt>{t('recognition.request.kind')}</dt>
      <dd>{t(`recognition.kind.${presented.kind}`)}</dd>
      <dt>{t('recognition.request.occupations')}</dt>
      <dd>{presented.occupations.join(', ') || t('common.none')}</dd>
      <dt>{t('recognition.request.requestedOn')}</dt>
      <dd>{format.date(request.requestedOn)}</dd>
      <dt>{t('recognition.request.evidence')}</dt>
      <dd>{evidence.map((document) => `${document.filename} (${document.mediaType})`).join(', ') || t('common.none')}</dd>
    </dl>
  );
}

/** What an officer may do now: decide a pending request, or review an appeal against another officer's decision. */
function RequestAction({ request, onDone }: { request: RecognitionRequestView; onDone(message: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { subject } = useSession();
  if (request.status === 'pending') {
    return (
      <OutcomeForm
        title={t('recognition.decide.title')}
        submit={t('recognition.decide.submit')}
        onSubmit={async (input) => {
          const decided = await recognition.decide(api, request.id, input);
          onDone(t('recognition.decide.done', { outcome: t(`recognition.outcome.${decided.decision?.outcome}`) }));
        }}
      />
    );
  }
  const { appeal, decision } = request;
  if (!appeal || appeal.appealOutcome) return null;
  if (decision?.decidedBy === subject) return <p>{t('recognition.appeal.notYours')}</p>;
  return (
    <OutcomeForm
      title={t('recognition.appeal.title')}
      submit={t('recognition.appeal.submit')}
      appeal
      onSubmit={async (input) => {
        const reviewed = await recognition.decideAppeal(api, request.id, input);
        onDone(t('recognition.appeal.done', { appealOutcome: t(`recognition.appealOutcome.${reviewed.appeal?.appealOutcome}`) }));
      }}
    />
  );
}
