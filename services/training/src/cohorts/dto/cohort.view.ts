import { ApiProperty } from '@nestjs/swagger';
import type { CohortPlaces } from '../cohort-places';
import type { CohortEntity } from '../cohort.entity';

export class CohortView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: [String] }) trainers!: string[];
  @ApiProperty({ type: [String] }) mentors!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(cohort: CohortEntity): CohortView {
    return { ...cohort, createdAt: cohort.createdAt.toISOString() };
  }
}

export class PlacesView implements CohortPlaces {
  @ApiProperty() capacity!: number;
  @ApiProperty({ description: 'Enrolled or completed trainees' }) taken!: number;
  @ApiProperty() waitlisted!: number;
}

export class CohortDetailView extends CohortView {
  @ApiProperty({ type: PlacesView }) places!: PlacesView;

  static withPlaces(cohort: CohortEntity, places: CohortPlaces): CohortDetailView {
    return { ...CohortView.of(cohort), places };
  }
}
