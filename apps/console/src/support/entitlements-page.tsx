import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ENTITLEMENT_STATUSES, type EntitlementStatus, support } from '../api/support';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { PageTitle } from '../ui/page-title';
import { PagedTable } from '../ui/paged-table';
import { useMoney } from './money';
import { useCatalog } from './use-catalog';

/** Every entitlement of the node, newest first; those pending approval are a second social worker's to-do list. */
export function EntitlementsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const money = useMoney();
  const filterId = useId();
  const [status, setStatus] = useState<EntitlementStatus | ''>('');
  const [page, setPage] = useState(1);
  const entitlements = useResource(`entitlements:${status}:${page}`, () => support.entitlements(api, page, status || undefined));
  const types = useCatalog().data?.types ?? [];
  return (
    <>
      <PageTitle text={t('support.entitlements.title')} />
      <p>{t('support.entitlements.intro')}</p>
      <p>
        <Link className="button primary" to="/support/entitlements/new">
          {t('support.entitlements.new')}
        </Link>
      </p>
      <div className="field inline">
        <label htmlFor={filterId}>{t('support.entitlements.filter')}</label>
        <select
          id={filterId}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as EntitlementStatus | '');
            setPage(1);
          }}
        >
          <option value="">{t('support.entitlements.all')}</option>
          {ENTITLEMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`support.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <PagedTable
        resource={entitlements}
        empty={t('support.entitlements.empty')}
        headers={[t('support.entitlement.supportType'), t('support.entitlement.participant'), t('support.entitlement.period'), t('support.entitlement.cap'), t('support.entitlement.status')]}
        cells={(item) => (
          <>
            <td>
              <Link to={`/support/entitlements/${item.id}`}>{types.find((type) => type.id === item.supportTypeId)?.name ?? t('support.entitlement.open')}</Link>
            </td>
            <td>
              <code>{item.participantId}</code>
            </td>
            <td>{t('support.entitlement.fromTo', { from: format.date(item.periodFrom), to: format.date(item.periodTo) })}</td>
            <td>{money.format(item.capMinor, item.currency)}</td>
            <td>{t(`support.status.${item.status}`)}</td>
          </>
        )}
        onPage={setPage}
      />
    </>
  );
}
