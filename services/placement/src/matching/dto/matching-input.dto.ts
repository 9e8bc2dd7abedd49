import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

export class MatchesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class ShortlistDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 50, description: 'Participant ids, or referral ids of referred trainees' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'candidates must list each candidate once' })
  @IsUUID('4', { each: true, message: 'each of candidates must be a participant or referral id (UUID)' })
  candidates!: string[];
}

/** What the employer may learn: a name to address the person by and how to reach them, as the caseworker words it. */
export class ReleaseIdentityDto {
  @ApiProperty({ maxLength: 200, example: 'Olena K.' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'displayName must contain text' })
  displayName!: string;

  @ApiProperty({ maxLength: 300, example: 'via Jobcenter Görlitz, Frau Nowak, +49 3581 123456' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'contact must contain text' })
  contact!: string;
}
