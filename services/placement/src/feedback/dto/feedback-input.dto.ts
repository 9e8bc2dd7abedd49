import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDay } from '../../placements/dto/is-day';

function IsScore(): PropertyDecorator {
  return applyDecorators(ApiProperty({ minimum: 1, maximum: 5, description: '1 poor to 5 excellent', example: 4 }), IsInt(), Min(1), Max(5));
}

export class GiveFeedbackDto {
  @IsScore() skillsFit!: number;
  @IsScore() reliability!: number;
  @IsScore() language!: number;

  @ApiPropertyOptional({ maxLength: 1000, description: "The employer's own words; stays on the node" })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;

  @ApiProperty({ format: 'date', description: 'When the employer gave it: from 90 days after the start to today', example: '2027-07-01' })
  @IsDay()
  givenOn!: string;
}
