import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { placement } from '../api/placement';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { ListTable } from '../ui/list-table';
import { PageTitle } from '../ui/page-title';

/** The vacancies of the employers the signed-in person works for, newest first, each with its shortlist. */
export function VacanciesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const vacancies = useResource('my-vacancies', () => placement.myVacancies(api));
  return (
    <>
      <PageTitle text={t('placement.vacancies.title')} />
      <p>{t('placement.vacancies.intro')}</p>
      <ListTable
        resource={vacancies}
        empty={t('placement.vacancies.empty')}
        headers={[t('placement.vacancies.vacancy'), t('placement.vacancies.occupation'), t('placement.vacancies.openings'), t('placement.vacancies.status'), t('placement.vacancies.posted')]}
        row={(vacancy) => ({
          key: vacancy.id,
          cells: (
            <>
              <td>
                <Link to={`/placement/vacancies/${vacancy.id}/shortlist`}>{t('placement.vacancies.shortlistOf', { title: vacancy.title })}</Link>
              </td>
              <td>{vacancy.occupation}</td>
              <td>{format.number(vacancy.openings)}</td>
              <td>{t(`placement.vacancyStatus.${vacancy.status}`)}</td>
              <td>{format.date(vacancy.createdAt)}</td>
            </>
          ),
        })}
      />
    </>
  );
}
