import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { training } from '../api/training';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { TrainingForm, useFormSubmit } from './training-form';

/** Plans a cohort of the program; its page is where trainees and sessions are added. */
export function CohortForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const state = useFormSubmit(async (values) => {
    const capacity = values.optional('capacity');
    const cohort = await training.createCohort(api, programId, {
      name: values.text('name'),
      startsOn: values.text('startsOn'),
      endsOn: values.text('endsOn'),
      ...(capacity ? { capacity: values.number('capacity') } : {}),
      trainers: values.list('trainers'),
      mentors: values.list('mentors'),
    });
    navigate(`/training/cohorts/${cohort.id}`);
  });
  const { error } = state;
  return (
    <TrainingForm title={t('training.newCohort.title')} submit={t('training.newCohort.submit')} state={state}>
      <Field label={t('training.cohort.name')} name="name" error={error}>
        <input required maxLength={200} />
      </Field>
      <Field label={t('training.cohort.startsOn')} name="startsOn" error={error}>
        <input type="date" required />
      </Field>
      <Field label={t('training.cohort.endsOn')} name="endsOn" error={error}>
        <input type="date" required />
      </Field>
      <Field label={`${t('training.cohort.capacity')} (${t('common.optional')})`} name="capacity" error={error} hint={t('training.newCohort.capacityHint')}>
        <input type="number" min={1} max={1000} />
      </Field>
      <Field label={t('training.cohort.trainers')} name="trainers" error={error} hint={t('training.onePerLine')}>
        <textarea required rows={2} />
      </Field>
      <Field label={`${t('training.cohort.mentors')} (${t('common.optional')})`} name="mentors" error={error} hint={t('training.onePerLine')}>
        <textarea rows={2} />
      </Field>
    </TrainingForm>
  );
}
