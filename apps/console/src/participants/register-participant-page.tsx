import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { intake, type LanguageSkill } from '../api/intake';
import { useApi } from '../api/use-api';
import { useConfig } from '../config/config-context';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { PageTitle } from '../ui/page-title';
import { LanguagesInput } from './languages-input';

const GENDERS = ['female', 'male', 'diverse', 'undisclosed'];
const STATUSES = ['refugee', 'asylum_seeker', 'migrant', 'host_resident'];

export function RegisterParticipantPage() {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const navigate = useNavigate();
  const toSaveError = useSaveError();
  const [languages, setLanguages] = useState<LanguageSkill[]>([{ code: '', level: 'A1' }]);
  const [error, setError] = useState<SaveError>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setSaving(true);
    try {
      const participant = await intake.register(api, {
        givenName: text('givenName'),
        familyName: text('familyName'),
        dateOfBirth: text('dateOfBirth'),
        gender: text('gender'),
        residenceMunicipality: text('residenceMunicipality'),
        status: text('status'),
        languages: languages.filter((language) => language.code.trim() !== ''),
      });
      navigate(`/participants/${participant.id}`);
    } catch (failure) {
      setError(toSaveError(failure));
      setSaving(false);
    }
  }

  return (
    <>
      <PageTitle text={t('register.title')} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert error={error} />
        <Field label={t('register.givenName')} name="givenName" error={error}>
          <input required autoComplete="off" />
        </Field>
        <Field label={t('register.familyName')} name="familyName" error={error}>
          <input required autoComplete="off" />
        </Field>
        <Field label={t('register.dateOfBirth')} name="dateOfBirth" error={error}>
          <input type="date" required />
        </Field>
        <Field label={t('register.gender')} name="gender" error={error}>
          <select defaultValue="undisclosed">
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {t(`gender.${gender}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('register.residence')} name="residenceMunicipality" error={error}>
          <input required defaultValue={config.municipality} />
        </Field>
        <Field label={t('register.status')} name="status" error={error} hint={t('register.statusHint')}>
          <select defaultValue="migrant">
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`personStatus.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <LanguagesInput value={languages} onChange={setLanguages} error={error} />
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('register.saving') : t('register.submit')}
        </button>
      </form>
    </>
  );
}
