import { useTranslation } from 'react-i18next';
import type { AssessmentView, EnrollmentProgressView, ProgramModuleView } from '../api/training';
import type { Resource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { AssessmentForm } from './assessment-form';
import { useModuleName } from './local-text';

interface Props {
  enrollment: EnrollmentProgressView;
  modules: ProgramModuleView[];
  assessments: Resource<AssessmentView[]>;
  onRecorded(): void;
}

/** Every attempt recorded for the trainee, and, while they are enrolled, a form to record another. */
export function EnrollmentAssessments({ enrollment, modules, assessments, onRecorded }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="assessments">
      <h2 id="assessments">{t('training.assessments.title')}</h2>
      <LoadState resource={assessments}>{(items) => <AssessmentTable assessments={items} modules={modules} />}</LoadState>
      {enrollment.status === 'enrolled' && <AssessmentForm enrollmentId={enrollment.id} modules={modules} onRecorded={onRecorded} />}
    </section>
  );
}

function AssessmentTable({ assessments, modules }: { assessments: AssessmentView[]; modules: ProgramModuleView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moduleName = useModuleName(modules);
  if (assessments.length === 0) return <p>{t('training.assessments.empty')}</p>;
  return (
    <table data-testid="assessments">
      <thead>
        <tr>
          <th scope="col">{t('training.assessment.module')}</th>
          <th scope="col">{t('training.assessment.result')}</th>
          <th scope="col">{t('training.assessment.score')}</th>
          <th scope="col">{t('training.module.method')}</th>
          <th scope="col">{t('training.assessment.assessor')}</th>
          <th scope="col">{t('training.assessment.assessedOn')}</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((assessment) => (
          <tr key={assessment.id}>
            <td>{moduleName(assessment.moduleId)}</td>
            <td>{t(`training.assessmentResult.${assessment.result}`)}</td>
            <td>{assessment.score === null ? '' : format.number(assessment.score)}</td>
            <td>{t(`training.method.${assessment.method}`)}</td>
            <td>{assessment.assessor}</td>
            <td>{format.date(assessment.assessedOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
