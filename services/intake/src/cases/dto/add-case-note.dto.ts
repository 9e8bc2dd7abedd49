import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NOTE_MAX_LENGTH } from '../case';

export class AddCaseNoteDto {
  @ApiProperty({
    maxLength: NOTE_MAX_LENGTH,
    description: 'Free text; may hold special-category data, so it stays on this node: never in an event or a log.',
  })
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  @Matches(/\S/, { message: 'body must contain text' })
  body!: string;
}
