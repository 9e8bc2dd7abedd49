import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableKey } from './table-key';

export interface FigureText {
  figure(key: Pick<TableKey, 'figure' | 'detail'>): string;
  breakdown(name: string): string;
  category(breakdown: string, category: string): string;
  value(key: Pick<TableKey, 'figure' | 'detail'>, value: number | null): string;
}

const RATES = /^(completion-rate|placement-within-|retention-)/;

/** A detail's text: drop-out reasons as the training screens name them, survey questions briefly; currencies by their code. */
const detailKey = (figure: string, detail: string) =>
  figure === 'drop-outs' ? `training.dropReason.${detail}` : figure.startsWith('satisfaction-') ? `outcomes.question.${detail}` : detail;

/** Genders as the participant screens name them; every other breakdown's categories in the outcomes texts. */
const categoryKey = (breakdown: string, category: string) => (breakdown === 'gender' ? `gender.${category}` : `outcomes.category.${breakdown}.${category}`);

/**
 * Names and values of the figures in the user's language. A text the console does not know (a figure a
 * newer service adds, a partner town's program) shows as the service names it rather than not at all.
 */
export function useFigureText(programTitles: ReadonlyMap<string, string>): FigureText {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const known = (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(locale);
    return {
      figure: ({ figure, detail }) => {
        const name = known(`outcomes.figure.${figure}`, figure);
        return detail ? `${name}: ${known(detailKey(figure, detail), detail)}` : name;
      },
      breakdown: (name) => known(`outcomes.breakdown.${name}`, name),
      category: (breakdown, category) =>
        known(`outcomes.category.any.${category}`, (breakdown === 'program' && programTitles.get(category)) || known(categoryKey(breakdown, category), category)),
      value: ({ figure, detail }, value) => {
        if (value === null) return '–';
        if (RATES.test(figure)) return percent.format(value);
        if (figure === 'support-cost-per-completer' && detail) {
          // Amounts are in the currency's minor unit: cents for EUR and PLN, none for some currencies.
          const money = new Intl.NumberFormat(locale, { style: 'currency', currency: detail });
          return money.format(value / 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2));
        }
        if (figure === 'enrolments' || figure === 'drop-outs') return whole.format(value);
        return decimal.format(value);
      },
    };
  }, [t, i18n, locale, programTitles]);
}
