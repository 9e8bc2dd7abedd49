import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intake, type ReasonInput, type ReferralView, WITHDRAWABLE } from '../api/intake';
import { useApi } from '../api/use-api';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { ReasonForm } from './reason-form';

const DECLINE_REASONS = ['no-capacity', 'not-eligible', 'program-unavailable', 'other'];
const WITHDRAW_REASONS = ['participant-request', 'found-other-program', 'moved-away', 'other'];

/** What this side may do now: the receiver answers a received referral; either side withdraws an open one. */
export function ReferralActions({ referral, onDone }: { referral: ReferralView; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const [done, setDone] = useState(false);
  const answerable = referral.direction === 'inbound' && referral.status === 'received';
  const withdrawable = WITHDRAWABLE.includes(referral.status);

  async function act(action: () => Promise<unknown>) {
    try {
      await action();
      setError(undefined);
      setDone(true);
      onDone();
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  return (
    <>
      <FormAlert error={error} />
      {done && <p role="status">{t('referral.done')}</p>}
      {answerable && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void act(() => intake.accept(api, referral.id))}>
            {t('referral.accept')}
          </button>
          <ReasonForm
            title={t('referral.declineTitle')}
            submit={t('referral.decline')}
            reasons={DECLINE_REASONS}
            error={error}
            onSubmit={(input: ReasonInput) => act(() => intake.decline(api, referral.id, input))}
          />
        </div>
      )}
      {withdrawable && (
        <ReasonForm
          title={t('referral.withdrawTitle')}
          submit={t('referral.withdraw')}
          reasons={WITHDRAW_REASONS}
          error={error}
          onSubmit={(input: ReasonInput) => act(() => intake.withdraw(api, referral.id, input))}
        />
      )}
    </>
  );
}
