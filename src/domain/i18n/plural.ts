// Plural forms with the platform's CLDR rules (Intl.PluralRules): English has "one" and
// "other", Korean and Japanese only "other". A message gives the forms its language needs.
import { formatCount } from '../summarize.ts';
import { INTL_LOCALE, type Locale } from './locale.ts';

/** Forms by CLDR plural category; `#` stands for the number, formatted for the locale. */
export type PluralForms = { other: string; one?: string; zero?: string; two?: string; few?: string; many?: string };

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(n: number, locale: Locale): string {
  // English groups digits as formatCount does, without Intl: a page's first Intl.NumberFormat
  // costs ~16 ms of main thread (66 ms on the bench's 4× slower phone, measured), and the English
  // page's start-up has none to spare. The other editions pay it; their formats are Intl's.
  if (locale === 'en' && Number.isInteger(n)) return formatCount(n);
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale])));
  return format.format(n);
}

/** The form of `forms` for `n` in `locale`, with `#` replaced by the number. */
export function plural(n: number, locale: Locale, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(INTL_LOCALE[locale])));
  const form = forms[rule.select(n)] ?? forms.other;
  return form.replaceAll('#', formatNumber(n, locale));
}
