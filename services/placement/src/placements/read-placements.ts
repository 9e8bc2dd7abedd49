import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { CheckpointView, type PlacementDetailView, PlacementView, WageView } from './dto/placement.view';
import { findPlacementOr404, mayWorkWith } from './find-placement';
import { PlacementEntity } from './placement.entity';
import { RetentionCheckpointEntity } from './retention-checkpoint.entity';
import { WageHistory } from './wage-history';
import { wageProgression } from './wage-progression';

/** Every placement a caller sees is audited as read, one row each, in the transaction that read it. */
@Injectable()
export class ReadPlacements {
  constructor(
    private readonly dataSource: DataSource,
    private readonly wages: WageHistory,
    private readonly audit: AuditLog,
  ) {}

  one(id: string, actor: Principal): Promise<PlacementDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await findPlacementOr404(manager, id, { actor, lock: false });
      const wages = await this.wages.of(manager, id);
      const checkpoints = await manager.find(RetentionCheckpointEntity, { where: { placementId: id }, order: { days: 'ASC' } });
      return {
        ...(await this.seen(manager, actor, placement)),
        wages: wages.map(WageView.of),
        checkpoints: checkpoints.map(CheckpointView.of),
        wageProgression: wageProgression(wages),
      };
    });
  }

  /** A participant's placements, earliest start first; someone else's case reads as none. */
  ofParticipant(participantId: string, actor: Principal): Promise<PlacementView[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await mayWorkWith(manager, actor, participantId))) return [];
      const placements = await manager.find(PlacementEntity, { where: { participantId }, order: { startedOn: 'ASC', createdAt: 'ASC' } });
      const views: PlacementView[] = [];
      for (const placement of placements) views.push(await this.seen(manager, actor, placement));
      return views;
    });
  }

  private async seen(manager: EntityManager, actor: Principal, placement: PlacementEntity): Promise<PlacementView> {
    await this.audit.record(manager, { actor, action: 'read', resourceType: 'placement', resourceId: placement.id, purpose: JOB_PLACEMENT });
    return PlacementView.of(placement);
  }
}
