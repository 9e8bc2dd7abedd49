import { useTranslation } from 'react-i18next';
import { type ProgramModuleView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { useModuleName } from './local-text';
import { Options } from './options';
import { TrainingForm, useFormSubmit } from './training-form';

/** Adds a session on any day within the cohort's dates, optionally teaching one of the program's modules. */
export function SessionForm({ cohortId, modules, onAdded }: { cohortId: string; modules: ProgramModuleView[]; onAdded(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const moduleName = useModuleName(modules);
  const state = useFormSubmit(async (values) => {
    const moduleId = values.optional('moduleId');
    await training.addSession(api, cohortId, {
      date: values.text('date'),
      startsAt: values.text('startsAt'),
      endsAt: values.text('endsAt'),
      room: values.text('room'),
      ...(moduleId ? { moduleId } : {}),
    });
    onAdded();
  });
  const { error } = state;
  return (
    <TrainingForm title={t('training.newSession.title')} submit={t('training.newSession.submit')} state={state}>
      <Field label={t('training.session.date')} name="date" error={error}>
        <input type="date" required />
      </Field>
      <Field label={t('training.session.startsAt')} name="startsAt" error={error}>
        <input type="time" required />
      </Field>
      <Field label={t('training.session.endsAt')} name="endsAt" error={error}>
        <input type="time" required />
      </Field>
      <Field label={t('training.session.room')} name="room" error={error}>
        <input required maxLength={100} />
      </Field>
      <Field label={`${t('training.session.module')} (${t('common.optional')})`} name="moduleId" error={error}>
        <select defaultValue="">
          <option value="">{t('common.none')}</option>
          <Options values={modules.map((module) => module.moduleId)} label={moduleName} />
        </select>
      </Field>
    </TrainingForm>
  );
}
