import { ApiProperty } from '@nestjs/swagger';
import { SUPPORT_TYPES, type SupportType } from '@tandem/contracts';
import { SUPPORT_UNITS, type SupportUnit } from '../support-rules';
import type { SupportTypeEntity } from '../support-type.entity';
import { SupportRulesDto } from './support-type.dto';

export class SupportTypeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: SUPPORT_TYPES }) kind!: SupportType;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SUPPORT_UNITS }) unit!: SupportUnit;
  @ApiProperty() unitCostMinor!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: SupportRulesDto }) rules!: SupportRulesDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(type: SupportTypeEntity): SupportTypeView {
    return { ...type, createdAt: type.createdAt.toISOString() };
  }
}
