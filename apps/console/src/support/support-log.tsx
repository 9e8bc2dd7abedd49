import { useTranslation } from 'react-i18next';
import { type EntitlementView, support, type SupportTypeView } from '../api/support';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { ListTable } from '../ui/list-table';
import { DeliveryForm } from './delivery-form';
import { useMoney } from './money';

/** What was delivered under the entitlement, and, for a monthly stipend, each month's calculation. */
export function SupportLog({ entitlement, type }: { entitlement: EntitlementView; type: SupportTypeView }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const money = useMoney();
  const deliveries = useResource(`deliveries:${entitlement.id}`, () => support.deliveries(api, entitlement.id));
  return (
    <>
      <section aria-labelledby="support-log">
        <h2 id="support-log">{t('support.log.title')}</h2>
        <ListTable
          resource={deliveries}
          empty={t('support.log.empty')}
          headers={[t('support.log.date'), t('support.log.units'), t('support.log.amount'), t('support.log.provider'), t('support.log.note'), t('support.log.recordedBy')]}
          row={(delivery) => ({
            key: delivery.id,
            cells: (
              <>
                <td>{format.date(delivery.date)}</td>
                <td>{`${format.number(delivery.units)} ${t(`support.unit.${type.unit}`, { count: delivery.units })}`}</td>
                <td>{money.format(delivery.amountMinor, delivery.currency)}</td>
                <td>{delivery.provider}</td>
                <td>{delivery.note}</td>
                <td>{delivery.recordedBy}</td>
              </>
            ),
          })}
        />
        {entitlement.status === 'approved' && <DeliveryForm entitlement={entitlement} type={type} onSaved={deliveries.reload} />}
      </section>
      {type.kind === 'stipend' && <Stipends entitlementId={entitlement.id} currency={entitlement.currency} />}
    </>
  );
}

function Stipends({ entitlementId, currency }: { entitlementId: string; currency: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const money = useMoney();
  const stipends = useResource(`stipends:${entitlementId}`, () => support.stipends(api, entitlementId));
  return (
    <section aria-labelledby="stipends">
      <h2 id="stipends">{t('support.stipends.title')}</h2>
      <ListTable
        resource={stipends}
        empty={t('support.stipends.empty')}
        headers={[t('support.stipends.month'), t('support.stipends.attendance'), t('support.stipends.outcome'), t('support.log.amount')]}
        row={(stipend) => ({
          key: stipend.id,
          cells: (
            <>
              <td>{stipend.month}</td>
              <td>
                {t('support.stipends.days', { present: format.number(stipend.present), absent: format.number(stipend.absent), excused: format.number(stipend.excused) })}
              </td>
              <td>{t(`support.stipends.outcomes.${stipend.outcome}`)}</td>
              <td>{money.format(stipend.amountMinor, currency)}</td>
            </>
          ),
        })}
      />
    </section>
  );
}
