import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEXT_STATUSES, type ProgramDetailView, type ProgramStatus, training } from '../api/training';
import { useApi } from '../api/use-api';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';

/** The status changes the program may make now: a draft opens (once it has a required module) or closes; an open one closes. */
export function ProgramStatusActions({ program, onChanged }: { program: ProgramDetailView; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const next = NEXT_STATUSES[program.status];

  async function change(status: ProgramStatus) {
    if (status === 'closed' && !window.confirm(t('training.program.closeConfirm'))) return;
    try {
      await training.changeProgramStatus(api, program.id, status);
      setError(undefined);
      onChanged();
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  if (next.length === 0) return null;
  return (
    <div className="actions">
      <FormAlert error={error} />
      {next.map((status) => (
        <button key={status} type="button" className={status === 'open' ? 'primary' : undefined} onClick={() => void change(status)}>
          {t(`training.program.to.${status}`)}
        </button>
      ))}
    </div>
  );
}
