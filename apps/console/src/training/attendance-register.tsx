import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type EnrollmentView, type RegisterRow, training } from '../api/training';
import { useApi } from '../api/use-api';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { useTraineeName } from './trainee-name';

/**
 * The register as one form: a radio group per trainee (Tab moves between trainees, the arrow keys
 * between present, absent and excused), saved in one go. Only trainees given a status are sent.
 */
export function AttendanceRegister({ sessionId, trainees, recorded, onSaved }: { sessionId: string; trainees: EnrollmentView[]; recorded: RegisterRow[]; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toSaveError = useSaveError();
  const traineeName = useTraineeName();
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>(() => Object.fromEntries(recorded.map((row) => [row.enrollmentId, row.status])));
  const [error, setError] = useState<SaveError>();
  const [saved, setSaved] = useState(false);

  function mark(enrollmentId: string, status: AttendanceStatus) {
    setMarks((current) => ({ ...current, [enrollmentId]: status }));
    setSaved(false);
  }

  function restPresent() {
    setMarks((current) => ({ ...Object.fromEntries(trainees.map((trainee) => [trainee.id, 'present'])), ...current }));
    setSaved(false);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const records = trainees.flatMap((trainee) => {
      const status = marks[trainee.id];
      return status ? [{ enrollmentId: trainee.id, status }] : [];
    });
    if (records.length === 0) {
      setError({ message: t('training.attendance.noneMarked'), fields: {} });
      return;
    }
    try {
      await training.recordAttendance(api, sessionId, records);
      setError(undefined);
      setSaved(true);
      onSaved();
    } catch (failure) {
      setSaved(false);
      setError(toSaveError(failure));
    }
  }

  if (trainees.length === 0) return <p>{t('training.attendance.noTrainees')}</p>;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('training.attendance.title')}>
      <p className="hint">{t('training.attendance.hint')}</p>
      <FormAlert error={error} />
      {error && Object.keys(error.fields).length > 0 && <p className="field-error">{Object.values(error.fields).flat().join(' ')}</p>}
      {saved && <p role="status">{t('training.attendance.saved')}</p>}
      {trainees.map((trainee) => (
        <fieldset key={trainee.id} className="checkboxes" data-testid="attendance-row">
          <legend>{traineeName(trainee)}</legend>
          {ATTENDANCE_STATUSES.map((status) => (
            <label key={status}>
              <input type="radio" name={`attendance-${trainee.id}`} value={status} checked={marks[trainee.id] === status} onChange={() => mark(trainee.id, status)} />{' '}
              {t(`training.attendanceStatus.${status}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" onClick={restPresent}>
          {t('training.attendance.restPresent')}
        </button>
        <button type="submit" className="primary">
          {t('training.attendance.save')}
        </button>
      </div>
    </form>
  );
}
