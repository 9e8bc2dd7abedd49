import 'reflect-metadata';
import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsString, ValidateNested } from 'class-validator';
import { MAX_INPUT_DEPTH, strictValidationPipe } from './validation';

class Entry {
  @IsString()
  label!: string;
}

class Entries {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Entry)
  entries!: Entry[];
}

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

const asBody = { type: 'body' as const, metatype: Entries };

describe('the strict validation pipe', () => {
  it('answers 400 invalid input to a body nested thousands of levels deep, where class-transformer would overflow the stack', async () => {
    const rejection = await strictValidationPipe()
      .transform({ entries: nested(5_000) }, asBody)
      .catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(BadRequestException);
    expect((rejection as BadRequestException).getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'invalid input',
      fields: { body: [`must not nest deeper than ${MAX_INPUT_DEPTH} levels`] },
    });
  });

  it('still takes input nested as deep as the limit', async () => {
    const accepted = await strictValidationPipe().transform({ entries: [{ label: 'a' }] }, asBody);
    expect(accepted).toBeInstanceOf(Entries);
    await expect(strictValidationPipe().transform({ entries: [{ label: nested(MAX_INPUT_DEPTH - 3) }] }, asBody)).rejects.toMatchObject({
      response: { fields: { 'entries.0.label': ['label must be a string'] } },
    });
  });
});
