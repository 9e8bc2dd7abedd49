import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type DueCheckpointView, placement } from '../api/placement';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useFormat } from '../i18n/use-format';
import { ListTable } from '../ui/list-table';
import { PageTitle } from '../ui/page-title';
import { RetentionForm } from './retention-form';

const keyOf = (checkpoint: DueCheckpointView) => `${checkpoint.placementId}:${checkpoint.days}`;

/** The caseworker's to-do list: placements to ask about, due within two weeks or overdue, oldest first. */
export function RetentionPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const due = useResource('due-checkpoints', () => placement.dueCheckpoints(api));
  const [open, setOpen] = useState<DueCheckpointView>();
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <PageTitle text={t('placement.retention.title')} />
      <p>{t('placement.retention.intro')}</p>
      <p role="status" className="announcement">
        {announcement}
      </p>
      <ListTable
        resource={due}
        empty={t('placement.retention.empty')}
        headers={[t('placement.retention.participant'), t('placement.retention.placement'), t('placement.retention.checkpoint'), t('placement.retention.dueOn'), t('placement.retention.todo')]}
        row={(checkpoint) => ({
          key: keyOf(checkpoint),
          cells: (
            <>
              <td>
                <Link to={`/participants/${checkpoint.participantId}`}>{t('placement.retention.openParticipant')}</Link>
              </td>
              <td>{t('placement.retention.started', { type: t(`placement.placementType.${checkpoint.type}`), date: format.date(checkpoint.startedOn) })}</td>
              <td>{t('placement.retention.days', { count: checkpoint.days })}</td>
              <td>{format.date(checkpoint.dueOn)}</td>
              <td>
                <button type="button" aria-expanded={open && keyOf(open) === keyOf(checkpoint)} onClick={() => setOpen(checkpoint)}>
                  {t('placement.retention.record', { checkpoint: t('placement.retention.days', { count: checkpoint.days }) })}
                </button>
              </td>
            </>
          ),
        })}
      />
      {open && (
        <RetentionForm
          key={keyOf(open)}
          checkpoint={open}
          onCancel={() => setOpen(undefined)}
          onSaved={() => {
            setAnnouncement(t('placement.retention.saved', { checkpoint: t('placement.retention.days', { count: open.days }) }));
            setOpen(undefined);
            due.reload();
          }}
        />
      )}
    </>
  );
}
