import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { FUNDING_KINDS, type FundingKind, type FundingSourceEntity } from '../funding-source.entity';

export class CreateFundingSourceDto {
  @ApiProperty({ enum: FUNDING_KINDS })
  @IsIn(FUNDING_KINDS)
  kind!: FundingKind;

  @ApiProperty({ maxLength: 200, description: 'Unique on the node', example: 'ESF Plus Saxony' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must contain text' })
  name!: string;
}

export class FundingSourceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FUNDING_KINDS }) kind!: FundingKind;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(source: FundingSourceEntity): FundingSourceView {
    return { ...source, createdAt: source.createdAt.toISOString() };
  }
}
