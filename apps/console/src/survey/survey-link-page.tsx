import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { createApi } from '../api/api-client';
import { type ClosedReason, closedReason, type SurveyAnswer, surveys } from '../api/survey';
import { useResource } from '../api/use-resource';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { localTitle } from './local-title';
import { SurveyForm } from './survey-form';

/** The survey as the trainee opens it from their link, without signing in: the link is the only key. */
export function SurveyLinkPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const api = useMemo(() => createApi(), []);
  const form = useResource(`survey-link:${token}`, () => surveys.open(api, token));
  const [ended, setEnded] = useState<ClosedReason | 'thanks'>();
  const shown = ended ?? closedReason(form.error);

  async function send(answer: SurveyAnswer): Promise<void> {
    try {
      await surveys.answerByLink(api, token, answer);
      setEnded('thanks');
    } catch (error) {
      const reason = closedReason(error);
      if (!reason) throw error;
      setEnded(reason);
    }
  }

  return (
    <>
      <PageTitle text={t('survey.public.title')} />
      {shown ? (
        <p role="status" className="panel">
          {t(`survey.public.closed.${shown}`)}
        </p>
      ) : (
        <LoadState resource={form}>
          {(view) => (
            <>
              <p>{t(`survey.public.when.${view.wave}`, { program: localTitle(view.programTitle, i18n.language) })}</p>
              <div className="panel">
                <p>{t('survey.public.anonymous')}</p>
                <p>{t('survey.public.voluntary')}</p>
              </div>
              <SurveyForm questions={view.questions} onSend={send} />
            </>
          )}
        </LoadState>
      )}
    </>
  );
}
