import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EnrollmentView } from '../api/training';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { useTraineeName } from './trainee-name';

/** The cohort's trainees and waitlist, in the order they asked for a place. */
export function Roster({ enrollments }: { enrollments: EnrollmentView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const traineeName = useTraineeName();
  if (enrollments.length === 0) return <p>{t('training.roster.empty')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('training.enrollment.trainee')}</th>
          <th scope="col">{t('training.enrollment.home')}</th>
          <th scope="col">{t('training.enrollment.status')}</th>
          <th scope="col">{t('training.enrollment.requestedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {enrollments.map((enrollment) => (
          <tr key={enrollment.id}>
            <td>
              <Link to={`/training/enrollments/${enrollment.id}`}>{traineeName(enrollment)}</Link>
            </td>
            <td>{municipalityName(enrollment.trainee.homeMunicipality)}</td>
            <td>
              <span className="status">{t(`training.enrollmentStatus.${enrollment.status}`)}</span>
            </td>
            <td>{format.dateTime(enrollment.requestedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
