import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsDay } from '../../budgets/dto/period.dto';
import type { DeliveryInput } from '../record-delivery';
import { MaxDecimalPlaces } from '@tandem/platform';

export class LogDeliveryDto {
  @ApiProperty({ format: 'date', description: "Within the entitlement's period, not in the future", example: '2026-12-02' })
  @IsDay()
  date!: string;

  @ApiProperty({ minimum: 0.01, description: "In the support type's unit; two decimals at most", example: 3 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0.01)
  @Max(99_999_999.99)
  units!: number;

  // ValidateIf rather than IsOptional, which would let an explicit null through.
  @ApiPropertyOptional({ minimum: 0, description: "Minor units; default units × the type's unit cost", example: 4500 })
  @ValidateIf((body: LogDeliveryDto) => body.amountMinor !== undefined)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor?: number;

  @ApiProperty({ maxLength: 200, description: 'Who delivered it', example: 'Kita Sonnenschein' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'provider must contain text' })
  provider!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: "The social worker's note. Sensitive: social workers only, never in an event." })
  @ValidateIf((body: LogDeliveryDto) => body.note !== undefined)
  @IsString()
  @Length(1, 4000)
  note?: string;

  toInput(): DeliveryInput {
    const { date, units, amountMinor, provider } = this;
    return { date, units, amountMinor, provider, note: this.note ?? null };
  }
}
