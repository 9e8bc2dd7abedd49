import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type EntitlementView, support } from '../api/support';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { LoadState } from '../ui/load-state';
import { PageTitle } from '../ui/page-title';
import { thisMonth } from './days';
import { EntitlementActions } from './entitlement-actions';
import { useMoney } from './money';
import { SupportLog } from './support-log';
import { type Catalog, useCatalog } from './use-catalog';

export function EntitlementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const entitlement = useResource(`entitlement:${id}`, () => support.entitlement(api, id));
  const catalog = useCatalog();
  return (
    <LoadState resource={entitlement}>
      {(data) => (
        <LoadState resource={catalog}>
          {(known) => {
            const type = known.types.find((candidate) => candidate.id === data.supportTypeId);
            return (
              <>
                <PageTitle text={t('support.entitlement.title', { type: type?.name ?? data.supportTypeId })} />
                <EntitlementFacts entitlement={data} catalog={known} />
                <EntitlementActions entitlement={data} onDone={entitlement.reload} />
                {type && <SupportLog entitlement={data} type={type} />}
              </>
            );
          }}
        </LoadState>
      )}
    </LoadState>
  );
}

function EntitlementFacts({ entitlement, catalog }: { entitlement: EntitlementView; catalog: Catalog }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const budget = catalog.budgets.find((candidate) => candidate.id === entitlement.budgetId);
  const type = catalog.types.find((candidate) => candidate.id === entitlement.supportTypeId);
  const facts: Array<[string, ReactNode]> = [
    [t('support.entitlement.status'), <span className="status" data-testid="entitlement-status">{t(`support.status.${entitlement.status}`)}</span>],
    [
      t('support.entitlement.participant'),
      <>
        <code>{entitlement.participantId}</code>{' '}
        <Link to={`/support/statements?participant=${entitlement.participantId}&month=${thisMonth()}`}>{t('support.entitlement.statement')}</Link>
      </>,
    ],
    [t('support.entitlement.supportType'), type ? `${type.name} (${t(`support.kind.${type.kind}`)})` : entitlement.supportTypeId],
    [t('support.entitlement.period'), t('support.entitlement.fromTo', { from: format.date(entitlement.periodFrom), to: format.date(entitlement.periodTo) })],
    [t('support.entitlement.cap'), money.format(entitlement.capMinor, entitlement.currency)],
    [t('support.entitlement.capUnits'), entitlement.capUnits === null || !type ? t('common.none') : `${format.number(entitlement.capUnits)} ${t(`support.unit.${type.unit}`, { count: entitlement.capUnits })}`],
    [t('support.entitlement.budget'), budget ? `${budget.source.name} (${format.date(budget.periodFrom)} – ${format.date(budget.periodTo)})` : entitlement.budgetId],
    [t('support.entitlement.reason'), entitlement.reason ?? ''],
    [t('support.entitlement.requested'), t('support.entitlement.byAt', { by: entitlement.requestedBy, at: format.dateTime(entitlement.requestedAt) })],
  ];
  if (entitlement.decidedBy && entitlement.decidedAt) {
    facts.push([t('support.entitlement.decided'), t('support.entitlement.byAt', { by: entitlement.decidedBy, at: format.dateTime(entitlement.decidedAt) })]);
  }
  if (entitlement.endedOn && entitlement.endReason) {
    facts.push([t('support.entitlement.ended'), `${format.date(entitlement.endedOn)} · ${t(`support.endReason.${entitlement.endReason}`)}`]);
  }
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
