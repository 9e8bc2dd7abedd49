import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class ShareCredentialDto {
  @ApiProperty({ minimum: 1, maximum: 90, example: 14, description: 'How many days the link opens the credential' })
  @IsInt()
  @Min(1)
  @Max(90)
  days!: number;
}

export class ShareView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The link to hand over; shown once, only its hash is kept' }) url!: string;
  @ApiProperty() expiresAt!: Date;
}
