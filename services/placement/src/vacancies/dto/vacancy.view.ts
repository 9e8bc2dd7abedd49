import { ApiProperty } from '@nestjs/swagger';
import { WAGE_PERIODS, type WagePeriod } from '@tandem/contracts';
import { VACANCY_STATUSES, VACANCY_TYPES, type VacancyEntity, type VacancyStatus, type VacancyType } from '../vacancy.entity';
import { LanguageRequirementDto } from './vacancy.dto';

export class VacancyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty({ format: 'uuid' }) siteId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'ISCO-08 unit group' }) occupation!: string;
  @ApiProperty({ type: [String], description: 'ESCO skill URIs' }) requiredSkills!: string[];
  @ApiProperty({ type: [LanguageRequirementDto] }) languages!: LanguageRequirementDto[];
  @ApiProperty() wageMinMinor!: number;
  @ApiProperty() wageMaxMinor!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ enum: WAGE_PERIODS }) wagePeriod!: WagePeriod;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ enum: VACANCY_TYPES }) type!: VacancyType;
  @ApiProperty() openings!: number;
  @ApiProperty({ enum: VACANCY_STATUSES }) status!: VacancyStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(vacancy: VacancyEntity): VacancyView {
    return { ...vacancy, createdAt: vacancy.createdAt.toISOString() };
  }
}
