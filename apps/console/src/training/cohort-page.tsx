import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type CohortDetailView, type ProgramDetailView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { CohortSessions } from './cohort-sessions';
import { EnrollForms } from './enroll-forms';
import { useLocalText } from './local-text';
import { Roster } from './roster';
import { WithProgram } from './with-program';

/** A cohort: its places, its roster and waitlist with the ways to enrol, and its sessions. */
export function CohortPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const cohort = useResource(`cohort:${id}`, () => training.cohort(api, id));
  const roster = useResource(`roster:${id}`, () => training.roster(api, id));
  const enrolled = () => {
    cohort.reload();
    roster.reload();
  };
  return (
    <LoadState resource={cohort}>
      {(data) => (
        <WithProgram programId={data.programId}>
          {(program) => (
            <>
              <PageTitle text={data.name} />
              <CohortFacts cohort={data} program={program} />
              <section aria-labelledby="roster">
                <h2 id="roster">{t('training.roster.title')}</h2>
                <LoadState resource={roster}>{(enrollments) => <Roster enrollments={enrollments} />}</LoadState>
                <EnrollForms cohortId={id} onEnrolled={enrolled} />
              </section>
              <CohortSessions cohort={data} modules={program.modules} />
            </>
          )}
        </WithProgram>
      )}
    </LoadState>
  );
}

function CohortFacts({ cohort, program }: { cohort: CohortDetailView; program: ProgramDetailView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const localText = useLocalText();
  const { places } = cohort;
  return (
    <dl className="facts">
      <dt>{t('training.cohort.program')}</dt>
      <dd>
        <Link to={`/training/programs/${cohort.programId}`}>{localText(program.title)}</Link>
      </dd>
      <dt>{t('training.cohort.datesLabel')}</dt>
      <dd>{t('training.cohort.dates', { from: format.date(cohort.startsOn), to: format.date(cohort.endsOn) })}</dd>
      <dt>{t('training.cohort.places')}</dt>
      <dd>
        {t('training.cohort.taken', { taken: format.number(places.taken), capacity: format.number(places.capacity) })} ·{' '}
        {t('training.cohort.waitlisted', { count: places.waitlisted })}
      </dd>
      <dt>{t('training.cohort.trainers')}</dt>
      <dd>{cohort.trainers.join(', ')}</dd>
      <dt>{t('training.cohort.mentors')}</dt>
      <dd>{cohort.mentors.join(', ') || t('common.none')}</dd>
    </dl>
  );
}
