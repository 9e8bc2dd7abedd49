import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class AssignCaseDto {
  @ApiProperty({ description: 'Token subject (`sub`) of the caseworker who takes over the case', example: 'caseworker-bernd' })
  @IsString()
  @Length(1, 200)
  @Matches(/^\S+$/, { message: 'caseworker must be a token subject without spaces' })
  caseworker!: string;
}
