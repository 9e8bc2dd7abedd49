import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Format {
  date(iso: string): string;
  dateTime(iso: string): string;
  number(value: number): string;
}

/** Dates and numbers as the user's language writes them. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    // Dates of birth are calendar days: formatted in UTC so no time zone moves them.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    return {
      date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? day : date).format(new Date(iso)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      number: (value) => number.format(value),
    };
  }, [locale]);
}
