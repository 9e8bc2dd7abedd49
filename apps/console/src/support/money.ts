import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Money {
  /** An amount in minor units (cents, grosze) as the user's language writes it, with its currency. */
  format(minor: number, currency: string): string;
  /** What the user typed in major units ("12,50" or "12.50") as minor units; NaN when it is no number. */
  toMinor(typed: string, currency: string): number;
}

function fractionDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Support keeps every amount in minor units of its currency; people read and type major units. */
export function useMoney(): Money {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      format: (minor, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** fractionDigits(currency)),
      toMinor: (typed, currency) => {
        const value = typed.trim() === '' ? NaN : Number(typed.trim().replace(',', '.'));
        return Math.round(value * 10 ** fractionDigits(currency));
      },
    }),
    [locale],
  );
}
