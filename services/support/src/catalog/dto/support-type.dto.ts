import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, IsString, Length, Matches, Max, Min, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { SUPPORT_TYPES, type SupportType } from '@tandem/contracts';
import { BELOW_THRESHOLD, type BelowThreshold, SUPPORT_UNITS, type SupportRules, type SupportUnit } from '../support-rules';
import { takesAttendanceRule } from '../support-type';
import { IsCurrency } from './currency.validator';
import { MaxDecimalPlaces } from '@tandem/platform';

export class AttendanceRuleDto {
  @ApiProperty({ minimum: 0, maximum: 1, description: "The month's attendance rate from which the full amount is paid", example: 0.8 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0)
  @Max(1)
  fullFrom!: number;

  @ApiProperty({ enum: BELOW_THRESHOLD, description: 'Below fullFrom: pro rata to the rate, or nothing' })
  @IsIn(BELOW_THRESHOLD)
  below!: BelowThreshold;
}

export class SupportRulesDto implements SupportRules {
  // ValidateIf rather than IsOptional, which would let an explicit null through.
  @ApiPropertyOptional({ type: AttendanceRuleDto, description: 'Only for kind stipend with unit month' })
  @ValidateIf((rules: SupportRulesDto) => rules.attendance !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => AttendanceRuleDto)
  attendance?: AttendanceRuleDto;
}

/** The attendance rule is refused on any type but a monthly stipend. */
function FitsKindAndUnit(): PropertyDecorator {
  return ValidateBy({
    name: 'fitsKindAndUnit',
    validator: {
      validate: (rules: SupportRulesDto | undefined, args) => {
        const { kind, unit } = args?.object as CreateSupportTypeDto;
        return rules?.attendance === undefined || takesAttendanceRule(kind, unit);
      },
      defaultMessage: () => 'rules.attendance applies only to kind stipend with unit month',
    },
  });
}

export class CreateSupportTypeDto {
  @ApiProperty({ description: 'Unique on the node; no spaces', example: 'CHILDCARE-H' })
  @IsString()
  @Length(1, 40)
  @Matches(/^\S+$/, { message: 'code must not contain spaces' })
  code!: string;

  @ApiProperty({ enum: SUPPORT_TYPES })
  @IsIn(SUPPORT_TYPES)
  kind!: SupportType;

  @ApiProperty({ maxLength: 200, example: 'Childcare during training hours' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must contain text' })
  name!: string;

  @ApiProperty({ enum: SUPPORT_UNITS })
  @IsIn(SUPPORT_UNITS)
  unit!: SupportUnit;

  @ApiProperty({ minimum: 0, description: 'Cost of one unit, in minor units of currency', example: 1500 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  unitCostMinor!: number;

  @ApiProperty({ example: 'EUR' })
  @IsCurrency()
  currency!: string;

  // No @IsOptional: it would let an explicit null through; an omitted value keeps no rule.
  @ApiPropertyOptional({ type: SupportRulesDto, default: {} })
  @IsObject()
  @ValidateNested()
  @Type(() => SupportRulesDto)
  @FitsKindAndUnit()
  rules: SupportRulesDto = new SupportRulesDto();
}
