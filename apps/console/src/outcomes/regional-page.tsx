import { useTranslation } from 'react-i18next';
import { outcomes, type RegionalFigures } from '../api/outcomes';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import type { Column } from './columns';
import { FigureExplorer } from './figure-explorer';
import { useProgramTitles } from './use-program-titles';

/** Every town's figures side by side, as each town suppressed them before they left it, and the region they make together. */
export function RegionalPage() {
  const { t } = useTranslation();
  const api = useApi();
  const regional = useResource('figures:regional', () => outcomes.regional(api));
  return (
    <>
      <PageTitle text={t('outcomes.region.title')} />
      <p>{t('outcomes.region.intro')}</p>
      <LoadState resource={regional}>{(data) => <Region figures={data} />}</LoadState>
    </>
  );
}

function Region({ figures }: { figures: RegionalFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const programTitles = useProgramTitles();
  const columns: Column[] = [
    ...figures.towns.map((town) => ({ key: town.municipality, label: municipalityName(town.municipality), tables: town.tables })),
    { key: 'region', label: t('outcomes.region.column'), tables: figures.region },
  ];
  return (
    <>
      <ul>
        {figures.towns.map((town) => (
          <li key={town.municipality}>
            {t('outcomes.region.town', { town: municipalityName(town.municipality), date: format.date(town.asOf), count: town.minCell, formatted: format.number(town.minCell) })}
          </li>
        ))}
      </ul>
      {figures.towns.length < 2 && <p role="status">{t('outcomes.region.noPartner')}</p>}
      <p className="hint">{t('outcomes.region.rules')}</p>
      <FigureExplorer columns={columns} fileName={`figures-region-${figures.towns[0]?.asOf ?? ''}`} programTitles={programTitles} />
    </>
  );
}
