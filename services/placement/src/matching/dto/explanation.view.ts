import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPONENTS, type Component, type ComponentScore, type LanguageCheck } from '../explanation';

export class LanguageCheckView implements LanguageCheck {
  @ApiProperty({ example: 'pl' }) code!: string;
  @ApiProperty({ example: 'B1' }) required!: string;
  @ApiProperty({ type: String, nullable: true, example: 'A2', description: 'Null when the candidate does not speak it' }) held!: string | null;
  @ApiProperty({ enum: [0, 0.5, 1] }) value!: number;
}

export class ComponentScoreView implements ComponentScore {
  @ApiProperty({ enum: COMPONENTS }) component!: Component;
  @ApiProperty({ example: 0.5 }) weight!: number;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.5 }) value!: number;
  @ApiProperty({ type: [String], description: 'Readable sentences; the first sums the component up', example: ['1 of 2 required skills evidenced'] })
  reasons!: string[];
  @ApiPropertyOptional({ type: [String], description: 'skills: required ESCO skills with evidence' }) matchedSkills?: string[];
  @ApiPropertyOptional({ type: [String], description: 'skills: required ESCO skills without evidence' }) missingSkills?: string[];
  @ApiPropertyOptional({ type: [LanguageCheckView], description: 'language: each required language' }) languages?: LanguageCheckView[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'distance: km, null when a municipality is unknown' }) distanceKm?: number | null;
}
