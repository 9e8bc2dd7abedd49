import { ApiProperty } from '@nestjs/swagger';
import { ASSESSMENT_METHODS, type AssessmentMethod, type Multilingual } from '../catalog-types';
import type { ModuleEntity } from '../module.entity';
import { LearningOutcomeDto } from './module.dto';
import { MULTILINGUAL_SCHEMA } from '@tandem/platform';

export class ModuleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty(MULTILINGUAL_SCHEMA) title!: Multilingual;
  @ApiProperty() hours!: number;
  @ApiProperty({ enum: ASSESSMENT_METHODS }) assessmentMethod!: AssessmentMethod;
  @ApiProperty({ type: [LearningOutcomeDto] }) learningOutcomes!: LearningOutcomeDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(module: ModuleEntity): ModuleView {
    return {
      id: module.id,
      code: module.code,
      title: module.title,
      hours: module.hours,
      assessmentMethod: module.assessmentMethod,
      learningOutcomes: module.learningOutcomes,
      createdAt: module.createdAt.toISOString(),
    };
  }
}
