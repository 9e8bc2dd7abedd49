import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type FundingSourceView, support, type StatementOf } from '../api/support';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { Field } from '../ui/field';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { thisMonth } from './days';
import { StatementTable } from './statement-table';

type Subject = 'participant' | 'fundingSource';

/** A month of support as statements show it: one participant's, or what one funding source paid. The choice lives in the address. */
export function StatementsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const sources = useResource('funding-sources', () => support.fundingSources(api));
  const month = search.get('month') ?? thisMonth();
  const participantId = search.get('participant');
  const fundingSourceId = search.get('fundingSource');
  const of: StatementOf | undefined = participantId ? { participantId } : fundingSourceId ? { fundingSourceId } : undefined;
  return (
    <>
      <PageTitle text={t('support.statements.title')} />
      <p>{t('support.statements.intro')}</p>
      <LoadState resource={sources}>
        {(list) => <StatementChoice key={search.toString()} sources={list} initial={{ month, participantId, fundingSourceId }} onShow={(values) => setSearch(values)} />}
      </LoadState>
      {of && <Statement of={of} month={month} />}
    </>
  );
}

interface Choice {
  month: string;
  participantId: string | null;
  fundingSourceId: string | null;
}

function StatementChoice({ sources, initial, onShow }: { sources: FundingSourceView[]; initial: Choice; onShow(values: Record<string, string>): void }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState<Subject>(initial.fundingSourceId ? 'fundingSource' : 'participant');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    onShow({ [subject]: text(subject), month: text('month') });
  }
  return (
    <form className="panel" onSubmit={submit}>
      <Field label={t('support.statements.of')} name="subject">
        <select value={subject} onChange={(event) => setSubject(event.target.value as Subject)}>
          <option value="participant">{t('support.statements.ofParticipant')}</option>
          <option value="fundingSource">{t('support.statements.ofFundingSource')}</option>
        </select>
      </Field>
      {subject === 'participant' ? (
        <Field label={t('support.entitlement.participant')} name="participant">
          <input required autoComplete="off" defaultValue={initial.participantId ?? ''} />
        </Field>
      ) : (
        <Field label={t('support.statements.fundingSource')} name="fundingSource">
          <select defaultValue={initial.fundingSourceId ?? undefined}>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('support.statements.month')} name="month" hint={t('support.statements.monthHint')}>
        <input type="month" required defaultValue={initial.month} pattern="\d{4}-\d{2}" />
      </Field>
      <button type="submit" className="primary">
        {t('support.statements.show')}
      </button>
    </form>
  );
}

function Statement({ of, month }: { of: StatementOf; month: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const statement = useResource(`statement:${JSON.stringify(of)}:${month}`, () => support.statement(api, of, month));
  return (
    <section aria-labelledby="statement">
      <h2 id="statement">{t('support.statements.heading', { month })}</h2>
      <LoadState resource={statement}>{(data) => <StatementTable statement={data} byParticipant={'fundingSourceId' in of} />}</LoadState>
    </section>
  );
}
