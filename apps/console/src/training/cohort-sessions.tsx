import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type CohortDetailView, type ProgramModuleView, type SessionView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { useModuleName } from './local-text';
import { SessionForm } from './session-form';

/** The cohort's timetable, each session leading to its attendance register, and a form to add one. */
export function CohortSessions({ cohort, modules }: { cohort: CohortDetailView; modules: ProgramModuleView[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const sessions = useResource(`sessions:${cohort.id}`, () => training.sessions(api, cohort.id));
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t('training.sessions.title')}</h2>
      <LoadState resource={sessions}>
        {(items) => (items.length === 0 ? <p>{t('training.sessions.empty')}</p> : <SessionTable cohortId={cohort.id} sessions={items} modules={modules} />)}
      </LoadState>
      <SessionForm cohortId={cohort.id} modules={modules} onAdded={sessions.reload} />
    </section>
  );
}

interface SessionTableProps {
  cohortId: string;
  sessions: SessionView[];
  modules: ProgramModuleView[];
}

function SessionTable({ cohortId, sessions, modules }: SessionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const moduleName = useModuleName(modules);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('training.session.date')}</th>
          <th scope="col">{t('training.session.time')}</th>
          <th scope="col">{t('training.session.room')}</th>
          <th scope="col">{t('training.session.module')}</th>
          <th scope="col">{t('training.attendance.title')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <td>{format.date(session.date)}</td>
            <td>{`${session.startsAt}–${session.endsAt}`}</td>
            <td>{session.room}</td>
            <td>{moduleName(session.moduleId)}</td>
            <td>
              <Link to={`/training/cohorts/${cohortId}/sessions/${session.id}`}>
                {t('training.sessions.enterAttendance', { date: format.date(session.date) })}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
