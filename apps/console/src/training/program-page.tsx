import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type ProgramDetailView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { CohortForm } from './cohort-form';
import { useLocalText } from './local-text';
import { ProgramModules } from './program-modules';
import { ProgramStatusActions } from './program-status-actions';

/** A program: what it is, its status, its modules (chosen while a draft) and its cohorts. */
export function ProgramPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const localText = useLocalText();
  const program = useResource(`program:${id}`, () => training.program(api, id));
  return (
    <LoadState resource={program}>
      {(data) => (
        <>
          <PageTitle text={localText(data.title)} />
          <ProgramFacts program={data} />
          <ProgramStatusActions program={data} onChanged={program.reload} />
          <ProgramModules program={data} onChanged={program.reload} />
          <ProgramCohorts program={data} />
        </>
      )}
    </LoadState>
  );
}

function ProgramFacts({ program }: { program: ProgramDetailView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="facts">
      <dt>{t('training.program.status')}</dt>
      <dd>
        <span className="status" data-testid="program-status">
          {t(`training.programStatus.${program.status}`)}
        </span>
      </dd>
      <dt>{t('training.program.occupation')}</dt>
      <dd>
        {program.occupation} · {t('training.program.eqf', { level: program.eqfLevel })}
      </dd>
      <dt>{t('training.program.provider')}</dt>
      <dd>{program.provider}</dd>
      <dt>{t('training.program.location')}</dt>
      <dd>{program.location}</dd>
      <dt>{t('training.program.schedule')}</dt>
      <dd>
        {t(`training.schedule.${program.schedule.pattern}`)} · {program.schedule.description}
      </dd>
      <dt>{t('training.program.languages')}</dt>
      <dd>{program.languages.join(', ')}</dd>
      <dt>{t('training.program.capacity')}</dt>
      <dd>{format.number(program.capacity)}</dd>
      <dt>{t('training.program.threshold')}</dt>
      <dd>{t('training.percent', { value: format.number(Math.round(program.attendanceThreshold * 100)) })}</dd>
      <dt>{t('training.program.funding')}</dt>
      <dd>{program.funding.map((source) => `${source.name} (${t(`training.funding.${source.kind}`)})`).join(', ')}</dd>
    </dl>
  );
}

function ProgramCohorts({ program }: { program: ProgramDetailView }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const cohorts = useResource(`cohorts:${program.id}`, () => training.cohortsOf(api, program.id));
  return (
    <section aria-labelledby="cohorts">
      <h2 id="cohorts">{t('training.cohorts.title')}</h2>
      <LoadState resource={cohorts}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('training.cohorts.empty')}</p>
          ) : (
            <ul>
              {items.map((cohort) => (
                <li key={cohort.id}>
                  <Link to={`/training/cohorts/${cohort.id}`}>{cohort.name}</Link> ·{' '}
                  {t('training.cohort.dates', { from: format.date(cohort.startsOn), to: format.date(cohort.endsOn) })}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      {program.status !== 'closed' && <CohortForm programId={program.id} />}
    </section>
  );
}
