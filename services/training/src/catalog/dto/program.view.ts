import { ApiProperty } from '@nestjs/swagger';
import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  type Multilingual,
  PROGRAM_STATUSES,
  type ProgramStatus,
} from '../catalog-types';
import type { ProgramModule } from '../program-modules';
import type { ProgramEntity } from '../program.entity';
import { FundingSourceDto, ScheduleDto } from './program.dto';
import { MULTILINGUAL_SCHEMA } from '@tandem/platform';

export class ProgramView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(MULTILINGUAL_SCHEMA) title!: Multilingual;
  @ApiProperty({ description: 'ISCO-08 unit group' }) occupation!: string;
  @ApiProperty({ type: String, nullable: true }) escoOccupation!: string | null;
  @ApiProperty() eqfLevel!: number;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() location!: string;
  @ApiProperty({ type: ScheduleDto }) schedule!: ScheduleDto;
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: [FundingSourceDto] }) funding!: FundingSourceDto[];
  @ApiProperty() provider!: string;
  @ApiProperty() attendanceThreshold!: number;
  @ApiProperty({ enum: PROGRAM_STATUSES }) status!: ProgramStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static of(program: ProgramEntity): ProgramView {
    return {
      ...program,
      createdAt: program.createdAt.toISOString(),
      updatedAt: program.updatedAt.toISOString(),
    };
  }
}

export class ProgramModuleView implements ProgramModule {
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty() code!: string;
  @ApiProperty(MULTILINGUAL_SCHEMA) title!: Multilingual;
  @ApiProperty() hours!: number;
  @ApiProperty({ enum: ASSESSMENT_METHODS }) assessmentMethod!: AssessmentMethod;
  @ApiProperty({ description: 'Whether completing the program needs it' }) required!: boolean;
  @ApiProperty({ description: '1-based order in the program' }) position!: number;
}

export class ProgramDetailView extends ProgramView {
  @ApiProperty({ type: [ProgramModuleView], description: 'In program order' }) modules!: ProgramModuleView[];

  static withModules(program: ProgramEntity, modules: ProgramModule[]): ProgramDetailView {
    return { ...ProgramView.of(program), modules };
  }
}
