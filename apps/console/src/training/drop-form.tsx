import { useTranslation } from 'react-i18next';
import { DROP_REASONS, training } from '../api/training';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { Options } from './options';
import { TrainingForm, useFormSubmit } from './training-form';

/** Ends the enrollment with a coarse reason; the first waitlisted trainee takes the freed place. */
export function DropForm({ enrollmentId, onDropped }: { enrollmentId: string; onDropped(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const state = useFormSubmit(async (values) => {
    if (!window.confirm(t('training.drop.confirm'))) return;
    await training.drop(api, enrollmentId, values.text('reason'));
    onDropped();
  });
  return (
    <TrainingForm title={t('training.drop.title')} submit={t('training.drop.submit')} state={state}>
      <Field label={t('training.drop.reason')} name="reason" error={state.error} hint={t('training.drop.reasonHint')}>
        <select defaultValue="other">
          <Options values={DROP_REASONS} label={(value) => t(`training.dropReason.${value}`)} />
        </select>
      </Field>
    </TrainingForm>
  );
}
