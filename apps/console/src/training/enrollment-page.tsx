import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type CohortView, type EnrollmentProgressView, type ProgramDetailView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { DropForm } from './drop-form';
import { EnrollmentAssessments } from './enrollment-assessments';
import { useLocalText } from './local-text';
import { useTraineeName } from './trainee-name';
import { WithProgram } from './with-program';

/** Where one trainee stands in a cohort: status, modules completed, attendance, assessments; and dropping out. */
export function EnrollmentPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const traineeName = useTraineeName();
  const enrollment = useResource(`enrollment:${id}`, () => training.enrollment(api, id));
  const assessments = useResource(`assessments:${id}`, () => training.assessments(api, id));
  return (
    <LoadState resource={enrollment}>
      {(data) => (
        <>
          <PageTitle text={traineeName(data)} />
          <OfCohort cohortId={data.cohortId}>
            {(cohort, program) => (
              <>
                <EnrollmentFacts enrollment={data} cohort={cohort} program={program} />
                <EnrollmentAssessments
                  enrollment={data}
                  modules={program.modules}
                  assessments={assessments}
                  onRecorded={() => {
                    enrollment.reload();
                    assessments.reload();
                  }}
                />
              </>
            )}
          </OfCohort>
          {(data.status === 'enrolled' || data.status === 'waitlisted') && <DropForm enrollmentId={id} onDropped={enrollment.reload} />}
        </>
      )}
    </LoadState>
  );
}

function OfCohort({ cohortId, children }: { cohortId: string; children: (cohort: CohortView, program: ProgramDetailView) => ReactNode }) {
  const api = useApi();
  const cohort = useResource(`cohort:${cohortId}`, () => training.cohort(api, cohortId));
  return <LoadState resource={cohort}>{(data) => <WithProgram programId={data.programId}>{(program) => children(data, program)}</WithProgram>}</LoadState>;
}

function EnrollmentFacts({ enrollment, cohort, program }: { enrollment: EnrollmentProgressView; cohort: CohortView; program: ProgramDetailView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const localText = useLocalText();
  const municipalityName = useMunicipalityName();
  const { attendance } = enrollment;
  return (
    <dl className="facts">
      <dt>{t('training.enrollment.status')}</dt>
      <dd>
        <span className="status" data-testid="enrollment-status">
          {t(`training.enrollmentStatus.${enrollment.status}`)}
        </span>
        {enrollment.completedOn && ` · ${format.date(enrollment.completedOn)}`}
        {enrollment.droppedAt && ` · ${format.date(enrollment.droppedAt)}, ${t(`training.dropReason.${enrollment.dropReason ?? 'other'}`)}`}
      </dd>
      <dt>{t('training.enrollment.cohort')}</dt>
      <dd>
        <Link to={`/training/cohorts/${cohort.id}`}>{cohort.name}</Link> · <Link to={`/training/programs/${program.id}`}>{localText(program.title)}</Link>
      </dd>
      <dt>{t('training.enrollment.home')}</dt>
      <dd>{municipalityName(enrollment.trainee.homeMunicipality)}</dd>
      <dt>{t('training.enrollment.requestedAt')}</dt>
      <dd>{format.dateTime(enrollment.requestedAt)}</dd>
      <dt>{t('training.enrollment.mentor')}</dt>
      <dd>{enrollment.mentor ?? t('common.none')}</dd>
      <dt>{t('training.enrollment.modules')}</dt>
      <dd data-testid="modules-completed">
        {t('training.enrollment.modulesCompleted', { done: format.number(enrollment.modulesCompleted.length), required: format.number(enrollment.modulesRequired) })}
        {enrollment.modulesCompleted.length > 0 && `: ${enrollment.modulesCompleted.map((module) => module.code).join(', ')}`}
      </dd>
      <dt>{t('training.enrollment.attendance')}</dt>
      <dd data-testid="attendance-tally">
        {t('training.enrollment.tally', { present: format.number(attendance.present), absent: format.number(attendance.absent), excused: format.number(attendance.excused) })}
        {attendance.rate !== null && ` · ${t('training.percent', { value: format.number(Math.round(attendance.rate * 100)) })}`}
      </dd>
    </dl>
  );
}
