import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsUUID, validate, ValidateNested } from 'class-validator';
import { fieldErrors, invalidInput } from '@tandem/platform';

export class ProgramModuleEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  moduleId!: string;

  @ApiProperty({ description: 'Whether completing the program needs the module' })
  @IsBoolean()
  required!: boolean;
}

class ProgramModuleListDto {
  @ArrayMaxSize(100)
  @ArrayUnique((entry: ProgramModuleEntryDto) => entry?.moduleId, { message: 'modules must list each module once' })
  @ValidateNested({ each: true })
  @Type(() => ProgramModuleEntryDto)
  modules!: ProgramModuleEntryDto[];
}

/**
 * The body is the list itself, in the program's order. The global pipe passes arrays through
 * unvalidated, so this one validates it as strictly; wrong fields are named `modules.<index>.<field>`.
 */
@Injectable()
export class ProgramModuleListPipe implements PipeTransform<unknown, Promise<ProgramModuleEntryDto[]>> {
  async transform(body: unknown): Promise<ProgramModuleEntryDto[]> {
    if (!Array.isArray(body)) throw invalidInput({ modules: ['modules must be a list of { moduleId, required }'] });
    const list = plainToInstance(ProgramModuleListDto, { modules: body });
    const errors = await validate(list, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw invalidInput(fieldErrors(errors));
    return list.modules;
  }
}
