import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, Length, Matches } from 'class-validator';

/** The whole list, replacing the one before; empty takes every portal user's access away. */
export class PortalUsersDto {
  @ApiProperty({ type: [String], maxItems: 50, description: 'Token subjects of the employer’s users (role `employer`)', example: ['employer-krause-hr'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'subjects must list each subject once' })
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(/^\S+$/, { each: true, message: 'each of subjects must be a token subject without spaces' })
  subjects!: string[];
}

export class PortalUsersView {
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty({ type: [String] }) subjects!: string[];
}
