import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { EmployerContact } from '../employer.entity';
import { AddSiteDto } from './site.dto';

/** NACE Rev. 2 sections, A (agriculture) to U (extraterritorial organisations). */
export const NACE_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

/** The employer's business contact; email and phone may be left out, not sent as null. */
export class ContactDto implements EmployerContact {
  @ApiProperty({ maxLength: 200, example: 'Personalabteilung, Frau Krause' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must contain text' })
  name!: string;

  @ApiPropertyOptional({ example: 'ausbildung@elektro-krause.de' })
  @ValidateIf((contact: ContactDto) => contact.email !== undefined)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @ApiPropertyOptional({ example: '+49 3581 123456' })
  @ValidateIf((contact: ContactDto) => contact.phone !== undefined)
  @Matches(/^\+?[0-9][0-9 ()/-]{4,29}$/, { message: 'phone must be a phone number such as +49 3581 123456' })
  phone?: string;
}

export class CreateEmployerDto {
  @ApiProperty({ maxLength: 200, example: 'Elektro Krause GmbH' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must contain text' })
  name!: string;

  @ApiProperty({ type: [String], enum: NACE_SECTIONS, description: 'NACE Rev. 2 section letters, at least one', example: ['F', 'C'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'sectors must list each section once' })
  @IsIn(NACE_SECTIONS, { each: true, message: 'each of sectors must be a NACE Rev. 2 section letter, A to U' })
  sectors!: string[];

  @ApiProperty({ type: ContactDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact!: ContactDto;

  @ApiProperty({ description: 'Operates on both sides of the border' })
  @IsBoolean()
  crossBorder!: boolean;

  @ApiProperty({ type: [AddSiteDto], description: 'At least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AddSiteDto)
  sites!: AddSiteDto[];
}

export class ListEmployersDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only employers that do, or do not, operate across the border' })
  @IsOptional()
  // A query string is text: only the words true and false become booleans, anything else is refused.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  crossBorder?: boolean;
}
