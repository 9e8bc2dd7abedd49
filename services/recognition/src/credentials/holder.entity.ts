import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Whom this node's credentials name: a participant of the node, or a trainee referred here (known by the
 * referral only). The code is the holder's to keep; credentials carry its salted hash.
 */
@Entity({ name: 'holders' })
export class HolderEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id', nullable: true })
  participantId!: string | null;

  @Column('uuid', { name: 'referral_id', nullable: true })
  referralId!: string | null;

  @Column('text', { name: 'home_municipality' })
  homeMunicipality!: string;

  @Column('text')
  code!: string;
}
