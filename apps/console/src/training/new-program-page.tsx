import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FUNDING_KINDS, SCHEDULE_PATTERNS, training } from '../api/training';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { PageTitle } from '../ui/page-title';
import { Options } from './options';
import { TrainingForm, useFormSubmit } from './training-form';

const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** A new program starts as a draft: its modules are chosen on its page, then it opens. */
export function NewProgramPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const state = useFormSubmit(async (values) => {
    const program = await training.createProgram(api, {
      title: { [i18n.language]: values.text('title') },
      occupation: values.text('occupation'),
      eqfLevel: values.number('eqfLevel'),
      languages: values.list('languages', /[\s,]+/),
      location: values.text('location'),
      schedule: { pattern: values.text('schedule.pattern'), description: values.text('schedule.description') },
      capacity: values.number('capacity'),
      funding: [{ kind: values.text('funding.0.kind'), name: values.text('funding.0.name') }],
      provider: values.text('provider'),
      attendanceThreshold: values.number('attendanceThreshold') / 100,
    });
    navigate(`/training/programs/${program.id}`);
  });
  const { error } = state;
  return (
    <>
      <PageTitle text={t('training.newProgram.title')} />
      <TrainingForm title={t('training.newProgram.details')} submit={t('training.newProgram.submit')} state={state}>
        <Field label={t('training.program.title')} name="title" error={error} hint={t('training.newProgram.titleHint')}>
          <input required maxLength={300} />
        </Field>
        <Field label={t('training.program.occupation')} name="occupation" error={error} hint={t('training.newProgram.occupationHint')}>
          <input required inputMode="numeric" pattern="\d{4}" maxLength={4} />
        </Field>
        <Field label={t('training.program.eqfLevel')} name="eqfLevel" error={error}>
          <select defaultValue="3">
            <Options values={EQF_LEVELS} />
          </select>
        </Field>
        <Field label={t('training.program.languages')} name="languages" error={error} hint={t('training.newProgram.languagesHint')}>
          <input required />
        </Field>
        <Field label={t('training.program.location')} name="location" error={error}>
          <input required maxLength={300} />
        </Field>
        <Field label={t('training.program.schedule')} name="schedule.pattern" error={error}>
          <select defaultValue="evening">
            <Options values={SCHEDULE_PATTERNS} label={(value) => t(`training.schedule.${value}`)} />
          </select>
        </Field>
        <Field label={t('training.program.scheduleDescription')} name="schedule.description" error={error}>
          <input required maxLength={300} />
        </Field>
        <Field label={t('training.program.capacity')} name="capacity" error={error}>
          <input type="number" required min={1} max={1000} defaultValue={12} />
        </Field>
        <Field label={t('training.program.fundingKind')} name="funding.0.kind" error={error}>
          <select defaultValue="public">
            <Options values={FUNDING_KINDS} label={(value) => t(`training.funding.${value}`)} />
          </select>
        </Field>
        <Field label={t('training.program.fundingName')} name="funding.0.name" error={error}>
          <input required maxLength={200} />
        </Field>
        <Field label={t('training.program.provider')} name="provider" error={error}>
          <input required maxLength={200} />
        </Field>
        <Field label={t('training.program.threshold')} name="attendanceThreshold" error={error} hint={t('training.newProgram.thresholdHint')}>
          <input type="number" required min={0} max={100} defaultValue={80} />
        </Field>
      </TrainingForm>
    </>
  );
}
