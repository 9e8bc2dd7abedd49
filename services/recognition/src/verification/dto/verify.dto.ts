import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class VerifyCredentialDto {
  @ApiProperty({ description: 'The credential as its holder shows it: a compact JWS (VC-JOSE)', maxLength: 100_000 })
  @IsString()
  @Length(1, 100_000)
  credential!: string;

  @ApiPropertyOptional({ description: "The holder's code, to check the credential names the person showing it", example: '7KQ2-M9XD-4TRB' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}$/, { message: 'holderCode must look like 7KQ2-M9XD-4TRB' })
  holderCode?: string;
}
