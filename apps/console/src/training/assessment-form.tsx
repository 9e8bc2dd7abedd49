import { useTranslation } from 'react-i18next';
import { ASSESSMENT_RESULTS, type ProgramModuleView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { useModuleName } from './local-text';
import { Options } from './options';
import { TrainingForm, useFormSubmit } from './training-form';

/** Records one attempt at a module; the first pass completes it, by the module's own method. */
export function AssessmentForm({ enrollmentId, modules, onRecorded }: { enrollmentId: string; modules: ProgramModuleView[]; onRecorded(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const moduleName = useModuleName(modules);
  const state = useFormSubmit(async (values) => {
    const score = values.optional('score');
    await training.recordAssessment(api, enrollmentId, {
      moduleId: values.text('moduleId'),
      result: values.text('result'),
      ...(score ? { score: values.number('score') } : {}),
      assessor: values.text('assessor'),
      assessedOn: values.text('assessedOn'),
    });
    onRecorded();
  });
  const { error } = state;
  return (
    <TrainingForm title={t('training.assessments.record')} submit={t('training.assessments.submit')} state={state}>
      <Field label={t('training.assessment.module')} name="moduleId" error={error}>
        <select>
          <Options values={modules.map((module) => module.moduleId)} label={moduleName} />
        </select>
      </Field>
      <Field label={t('training.assessment.result')} name="result" error={error}>
        <select defaultValue="passed">
          <Options values={ASSESSMENT_RESULTS} label={(value) => t(`training.assessmentResult.${value}`)} />
        </select>
      </Field>
      <Field label={`${t('training.assessment.score')} (${t('common.optional')})`} name="score" error={error} hint={t('training.assessments.scoreHint')}>
        <input type="number" min={0} max={100} step="0.01" />
      </Field>
      <Field label={t('training.assessment.assessor')} name="assessor" error={error}>
        <input required maxLength={200} />
      </Field>
      <Field label={t('training.assessment.assessedOn')} name="assessedOn" error={error}>
        <input type="date" required />
      </Field>
    </TrainingForm>
  );
}
