import { useTranslation } from 'react-i18next';
import { type AcceptedReferralView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { Field } from '../ui/field';
import { LoadState } from '../ui/load-state';
import { TrainingForm, useFormSubmit } from './training-form';

/**
 * The two ways a trainee comes to a cohort: a referral this node accepted, or a participant
 * registered here, named by the id their caseworker gives and the name the roster shows.
 */
export function EnrollForms({ cohortId, onEnrolled }: { cohortId: string; onEnrolled(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const referrals = useResource(`accepted-referrals:${cohortId}`, () => training.acceptedReferrals(api));
  const enrolled = () => {
    onEnrolled();
    referrals.reload();
  };
  const fromReferral = useFormSubmit(async (values) => {
    await training.enroll(api, cohortId, { referralId: values.text('referralId') });
    enrolled();
  });
  const local = useFormSubmit(async (values) => {
    await training.enroll(api, cohortId, { participantId: values.text('participantId'), displayName: values.text('displayName') });
    enrolled();
  });
  return (
    <div className="actions">
      <LoadState resource={referrals}>
        {(items) => (
          <TrainingForm title={t('training.enroll.referralTitle')} submit={t('training.enroll.submit')} state={fromReferral}>
            {items.length === 0 ? (
              <p>{t('training.enroll.noReferrals')}</p>
            ) : (
              <Field label={t('training.enroll.referral')} name="referralId" error={fromReferral.error}>
                <select>
                  {items.map((referral) => (
                    <ReferralOption key={referral.referralId} referral={referral} />
                  ))}
                </select>
              </Field>
            )}
          </TrainingForm>
        )}
      </LoadState>
      <TrainingForm title={t('training.enroll.localTitle')} submit={t('training.enroll.submit')} state={local}>
        <Field label={t('training.enroll.participantId')} name="participantId" error={local.error} hint={t('training.enroll.participantIdHint')}>
          <input required autoComplete="off" />
        </Field>
        <Field label={t('training.enroll.displayName')} name="displayName" error={local.error}>
          <input required maxLength={200} autoComplete="off" />
        </Field>
      </TrainingForm>
    </div>
  );
}

function ReferralOption({ referral }: { referral: AcceptedReferralView }) {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const name = [referral.givenName, referral.familyName].filter(Boolean).join(' ') || t('training.enrollment.nameErased');
  const program = referral.program ? ` · ${referral.program}` : '';
  return <option value={referral.referralId}>{`${name} (${municipalityName(referral.from)})${program}`}</option>;
}
