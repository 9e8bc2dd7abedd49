import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type FiguresFilter, outcomes } from '../api/outcomes';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { Field } from '../ui/field';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { FigureExplorer } from './figure-explorer';
import { useProgramTitles } from './use-program-titles';

/** This node's figures, for the enrolments the address chooses: confirmed in a period, of one program (every enrolment without). */
export function FiguresPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const [search, setSearch] = useSearchParams();
  const filter: FiguresFilter = { from: search.get('from') ?? undefined, to: search.get('to') ?? undefined, programId: search.get('programId') ?? undefined };
  const figures = useResource(`figures:${search.toString()}`, () => outcomes.figures(api, filter));
  const programTitles = useProgramTitles();
  return (
    <>
      <PageTitle text={t('outcomes.figures.title')} />
      <p>{t('outcomes.figures.intro')}</p>
      <FilterForm key={search.toString()} filter={filter} programs={programTitles} onShow={(values) => setSearch(values)} />
      <LoadState resource={figures}>
        {(data) => (
          <>
            <p>
              {t('outcomes.asOf', { date: format.date(data.asOf) })} {t('outcomes.minCell', { count: data.minCell, formatted: format.number(data.minCell) })}
            </p>
            <FigureExplorer
              columns={[{ key: data.municipality, label: municipalityName(data.municipality), tables: data.tables }]}
              fileName={`figures-${data.municipality}-${data.asOf}`}
              programTitles={programTitles}
            />
          </>
        )}
      </LoadState>
    </>
  );
}

function FilterForm({ filter, programs, onShow }: { filter: FiguresFilter; programs: ReadonlyMap<string, string>; onShow(values: Record<string, string>): void }) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(['from', 'to', 'programId'].map((name) => [name, String(form.get(name) ?? '')]).filter(([, value]) => value !== ''));
    onShow(values);
  }
  return (
    <form className="panel figure-choice" onSubmit={submit}>
      <Field label={t('outcomes.figures.from')} name="from">
        <input type="date" defaultValue={filter.from} />
      </Field>
      <Field label={t('outcomes.figures.to')} name="to">
        <input type="date" defaultValue={filter.to} />
      </Field>
      <Field label={t('outcomes.figures.program')} name="programId">
        <select defaultValue={filter.programId ?? ''}>
          <option value="">{t('outcomes.figures.allPrograms')}</option>
          {[...programs].map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </Field>
      <p>
        <button type="submit" className="primary">
          {t('outcomes.figures.show')}
        </button>
      </p>
    </form>
  );
}
