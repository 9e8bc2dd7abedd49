import { IsNumber, validateSync } from 'class-validator';
import { decimalPlaces, MaxDecimalPlaces } from './decimal-places';

class Amount {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  value!: number;
}

const errorsFor = (value: unknown): Record<string, string>[] =>
  validateSync(Object.assign(new Amount(), { value })).map((error) => error.constraints ?? {});

describe('MaxDecimalPlaces', () => {
  it('counts the decimals of numbers written with an exponent', () => {
    expect([0, 3, 0.5, 2.75, 1e-7, 1.5e-7, 1e21, 1.25e21].map(decimalPlaces)).toEqual([0, 0, 1, 2, 7, 8, 0, 0]);
  });

  it('refuses a number in exponent notation with too many decimals instead of throwing', () => {
    expect(() => errorsFor(1e-7)).not.toThrow();
    expect(errorsFor(1e-7)).toEqual([{ maxDecimalPlaces: 'value must have at most 2 decimal places' }]);
  });

  it('takes numbers with the allowed decimals and refuses more', () => {
    expect(errorsFor(0.8)).toEqual([]);
    expect(errorsFor(99_999_999.99)).toEqual([]);
    expect(errorsFor(0.125)).toEqual([{ maxDecimalPlaces: 'value must have at most 2 decimal places' }]);
  });
});
