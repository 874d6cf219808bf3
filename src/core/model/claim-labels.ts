// The words a claim's typed fields are written in, and how people read them: figure units (GBP, USD, EUR,
// percent, count, ratio) with their labels and symbols, stance positions, and date precisions. The record
// types, the bundle schema, the claim form, the claims list, the briefing and `evidence suggest` all take
// their lists and labels from here, so a new unit or position is added in one place.

export const FIGURE_UNITS = ['GBP', 'USD', 'EUR', 'percent', 'count', 'ratio'] as const;
export const STANCE_LABELS = ['support', 'oppose', 'mixed', 'neutral', 'unsure'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'period'] as const;

type FigureUnit = (typeof FIGURE_UNITS)[number];
type StanceLabel = (typeof STANCE_LABELS)[number];

/** How a unit is named where one is chosen (the claim form). */
export const UNIT_LABELS: Record<FigureUnit, string> = {
  GBP: 'GBP (£)',
  USD: 'USD ($)',
  EUR: 'EUR (€)',
  percent: 'Percent',
  count: 'Count',
  ratio: 'Ratio',
};

export const CURRENCY_SYMBOLS = { GBP: '£', USD: '$', EUR: '€' } as const;

/** How a stance position reads in lists, forms and briefings. */
export const STANCE_WORDS: Record<StanceLabel, string> = {
  support: 'support',
  oppose: 'oppose',
  mixed: 'mixed',
  neutral: 'neutral',
  unsure: 'unsure',
};

/** A position's words; an unknown or missing one reads as 'unsure', as the suggester means it. */
export function describeStance(stance: StanceLabel | undefined): string {
  return STANCE_WORDS[stance ?? 'unsure'];
}

/**
 * A figure in its unit, without approximation: "£8,520,000", "-$2,500.5", "12.5%", "ratio 0.25", "285".
 * Digits are grouped by hand, not by Intl, so it reads the same on every machine and locale.
 */
export function formatAmount(value: number, unit: FigureUnit | undefined): string {
  switch (unit) {
    case 'GBP':
    case 'USD':
    case 'EUR':
      return `${value < 0 ? '-' : ''}${CURRENCY_SYMBOLS[unit]}${groupDigits(Math.abs(value), 2)}`;
    case 'percent':
      return `${groupDigits(value, 2)}%`;
    case 'ratio':
      return `ratio ${groupDigits(value, 4)}`;
    default:
      return groupDigits(value, 2);
  }
}

/** 30000000 -> "30,000,000"; 12.5 -> "12.5" (at most `decimals` places, trailing zeros dropped). */
export function groupDigits(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.') as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
