import { useTranslation } from 'react-i18next';
import type { Statement } from '../api/support';
import { useFormat } from '../i18n/use-format';
import { useMoney } from './money';

/** A statement's lines and its totals per currency; a funding source's statement names each participant, a participant's each funding source. */
export function StatementTable({ statement, byParticipant }: { statement: Statement; byParticipant: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  if (statement.lines.length === 0) return <p>{t('support.statements.empty')}</p>;
  return (
    <>
      <table data-testid="statement">
        <thead>
          <tr>
            <th scope="col">{t('support.log.date')}</th>
            <th scope="col">{byParticipant ? t('support.entitlement.participant') : t('support.statements.fundingSource')}</th>
            <th scope="col">{t('support.entitlement.supportType')}</th>
            <th scope="col">{t('support.log.units')}</th>
            <th scope="col">{t('support.log.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((line, index) => (
            <tr key={`${line.entitlementId}-${line.date}-${index}`}>
              <td>{format.date(line.date)}</td>
              <td>{byParticipant ? <code>{line.participantId}</code> : line.fundingSource}</td>
              <td>
                {line.supportTypeName} ({t(`support.kind.${line.supportType}`)})
              </td>
              <td>{format.number(line.units)}</td>
              <td>{money.format(line.amountMinor, line.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        {Object.entries(statement.totals).map(([currency, minor]) => (
          <div key={currency}>
            <dt>{t('support.statements.total', { currency })}</dt>
            <dd>{money.format(minor, currency)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
