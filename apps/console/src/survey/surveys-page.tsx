import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_QUESTIONS, type SurveyAnswer, type SurveyLinkView, surveys, type SurveyView } from '../api/survey';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { localTitle } from './local-title';
import { SurveyForm } from './survey-form';
import { SurveyLinkPanel } from './survey-link-panel';
import { SurveyPanel } from './survey-panel';

type Opened = { survey: SurveyView; link?: SurveyLinkView };

/** The surveys due for the caller's trainees: answered together now, or handed over as a link. */
export function SurveysPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const due = useResource('surveys:due', () => surveys.due(api));
  const [opened, setOpened] = useState<Opened>();
  const [notice, setNotice] = useState<{ text: string; alert?: boolean }>();
  const nameOf = (survey: SurveyView) => survey.trainee.displayName ?? t('survey.list.nameWithdrawn');

  async function createLink(survey: SurveyView): Promise<void> {
    setNotice(undefined);
    try {
      setOpened({ survey, link: await surveys.createLink(api, survey.id) });
      due.reload();
    } catch (error) {
      setNotice({ text: t('survey.list.failed', { message: error instanceof Error ? error.message : String(error) }), alert: true });
    }
  }

  async function answerTogether(survey: SurveyView, answer: SurveyAnswer): Promise<void> {
    await surveys.answerTogether(api, survey.id, answer);
    setOpened(undefined);
    setNotice({ text: t('survey.together.saved', { name: nameOf(survey) }) });
    due.reload();
  }

  return (
    <>
      <PageTitle text={t('survey.list.title')} />
      <p>{t('survey.list.intro')}</p>
      {notice && <p role={notice.alert ? 'alert' : 'status'}>{notice.text}</p>}
      <LoadState resource={due}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('survey.list.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  {['trainee', 'program', 'wave', 'due', 'actions'].map((column) => (
                    <th key={column} scope="col">
                      {t(`survey.list.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((survey) => (
                  <tr key={survey.id}>
                    <td>{nameOf(survey)}</td>
                    <td>{localTitle(survey.programTitle, i18n.language)}</td>
                    <td>{t(`survey.wave.${survey.wave}`)}</td>
                    <td>{format.date(survey.dueOn)}</td>
                    <td className="actions">
                      <button type="button" className="primary" onClick={() => setOpened({ survey })}>
                        {t('survey.list.answerTogether')}
                      </button>
                      <button type="button" onClick={() => void createLink(survey)}>
                        {t(survey.linkExpiresAt ? 'survey.list.renewLink' : 'survey.list.createLink')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </LoadState>
      {opened?.link && <SurveyLinkPanel name={nameOf(opened.survey)} link={opened.link} onClose={() => setOpened(undefined)} />}
      {opened && !opened.link && (
        <SurveyPanel title={t('survey.together.title', { name: nameOf(opened.survey) })} onClose={() => setOpened(undefined)}>
          <p>{t('survey.together.hint')}</p>
          <SurveyForm questions={SURVEY_QUESTIONS} onSend={(answer) => answerTogether(opened.survey, answer)} />
        </SurveyPanel>
      )}
    </>
  );
}
