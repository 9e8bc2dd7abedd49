import { ApiProperty } from '@nestjs/swagger';
import { ASSESSMENT_METHODS, type AssessmentMethod } from '@tandem/contracts';
import { type Multilingual, MULTILINGUAL_SCHEMA } from '@tandem/platform';
import type { CredentialDefinitionEntity } from '../credential-definition.entity';

export class CredentialDefinitionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['module', 'program'] }) kind!: 'module' | 'program';
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) trainingId!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty(MULTILINGUAL_SCHEMA) name!: Multilingual;
  @ApiProperty(MULTILINGUAL_SCHEMA) description!: Multilingual;
  @ApiProperty() criteria!: string;
  @ApiProperty() eqfLevel!: number;
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty({ type: [String] }) occupations!: string[];
  @ApiProperty({ enum: ASSESSMENT_METHODS }) assessmentMethod!: AssessmentMethod;
  @ApiProperty({ nullable: true, type: Number }) creditHours!: number | null;
  @ApiProperty({ nullable: true, type: Number }) ecvetPoints!: number | null;
  @ApiProperty({ nullable: true, type: Number }) validityMonths!: number | null;

  static of(entity: CredentialDefinitionEntity): CredentialDefinitionView {
    const { createdBy: _by, createdAt: _at, ...view } = entity;
    return Object.assign(new CredentialDefinitionView(), view);
  }
}
