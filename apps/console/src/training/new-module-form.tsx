import { useTranslation } from 'react-i18next';
import { ASSESSMENT_METHODS, training } from '../api/training';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { Options } from './options';
import { TrainingForm, useFormSubmit } from './training-form';

/** Adds a module to the node's catalog with one learning outcome; programs then choose it. */
export function NewModuleForm({ onCreated }: { onCreated(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const state = useFormSubmit(async (values) => {
    await training.createModule(api, {
      code: values.text('code'),
      title: { [i18n.language]: values.text('title') },
      hours: values.number('hours'),
      assessmentMethod: values.text('assessmentMethod'),
      learningOutcomes: [{ description: values.text('learningOutcomes.0.description'), skills: values.list('learningOutcomes.0.skills') }],
    });
    onCreated();
  });
  const { error } = state;
  return (
    <TrainingForm title={t('training.newModule.title')} submit={t('training.newModule.submit')} state={state}>
      <Field label={t('training.module.code')} name="code" error={error} hint={t('training.newModule.codeHint')}>
        <input required maxLength={40} />
      </Field>
      <Field label={t('training.module.title')} name="title" error={error}>
        <input required maxLength={300} />
      </Field>
      <Field label={t('training.module.hours')} name="hours" error={error}>
        <input type="number" required min={1} max={2000} />
      </Field>
      <Field label={t('training.module.method')} name="assessmentMethod" error={error}>
        <select defaultValue="practical">
          <Options values={ASSESSMENT_METHODS} label={(value) => t(`training.method.${value}`)} />
        </select>
      </Field>
      <Field label={t('training.newModule.outcome')} name="learningOutcomes.0.description" error={error}>
        <textarea required maxLength={1000} rows={2} />
      </Field>
      <Field label={`${t('training.newModule.skills')} (${t('common.optional')})`} name="learningOutcomes.0.skills" error={error} hint={t('training.newModule.skillsHint')}>
        <textarea rows={2} />
      </Field>
    </TrainingForm>
  );
}
