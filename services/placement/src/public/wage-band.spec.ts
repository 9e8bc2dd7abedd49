import { wageBandOf } from './wage-band';

describe('wageBandOf', () => {
  it('rounds a monthly wage down into its 500.00 band', () => {
    expect(wageBandOf({ amountMinor: 480_000, currency: 'PLN', period: 'month' })).toEqual({ currency: 'PLN', period: 'month', fromMinor: 450_000, toMinor: 500_000 });
  });

  it('starts a band at its own lower bound', () => {
    expect(wageBandOf({ amountMinor: 500_000, currency: 'EUR', period: 'month' })).toMatchObject({ fromMinor: 500_000, toMinor: 550_000 });
  });

  it('bands hourly and yearly wages by widths that fit them', () => {
    expect(wageBandOf({ amountMinor: 1_450, currency: 'EUR', period: 'hour' })).toMatchObject({ fromMinor: 1_400, toMinor: 1_600 });
    expect(wageBandOf({ amountMinor: 3_100_000, currency: 'EUR', period: 'year' })).toMatchObject({ fromMinor: 3_000_000, toMinor: 3_600_000 });
  });
});
