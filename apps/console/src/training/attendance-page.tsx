import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { AttendanceRegister } from './attendance-register';

/** One session's register: every enrolled trainee of the cohort, with what was recorded for them so far. */
export function AttendancePage() {
  const { cohortId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const sessions = useResource(`sessions:${cohortId}`, () => training.sessions(api, cohortId));
  const roster = useResource(`roster:${cohortId}`, () => training.roster(api, cohortId));
  const recorded = useResource(`attendance:${sessionId}`, () => training.attendance(api, sessionId));
  return (
    <LoadState resource={sessions}>
      {(items) => {
        const session = items.find((candidate) => candidate.id === sessionId);
        if (!session) return <p role="alert">{t('common.notFound')}</p>;
        return (
          <>
            <PageTitle text={t('training.attendance.pageTitle', { date: format.date(session.date), time: `${session.startsAt}–${session.endsAt}` })} />
            <p>
              <Link to={`/training/cohorts/${cohortId}`}>{t('training.attendance.backToCohort')}</Link> · {session.room}
            </p>
            <LoadState resource={roster}>
              {(enrollments) => (
                <LoadState resource={recorded}>
                  {(rows) => (
                    <AttendanceRegister
                      sessionId={sessionId}
                      trainees={enrollments.filter((enrollment) => enrollment.status === 'enrolled')}
                      recorded={rows}
                      onSaved={recorded.reload}
                    />
                  )}
                </LoadState>
              )}
            </LoadState>
          </>
        );
      }}
    </LoadState>
  );
}
