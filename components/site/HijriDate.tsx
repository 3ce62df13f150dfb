import { getLocale, getTranslations } from 'next-intl/server';
import { formatHijri } from '@/lib/formatDate';
import { Digits } from './Digits';

/**
 * The Hijri date of a Gregorian one (`YYYY-MM-DD`), by the Umm al-Qura calendar and said to be
 * approximate (not every country begins its months by it). In every page, shown only when the
 * reader asks for it (`data-hijri` on <html>, set before the first paint).
 */
export async function HijriDate({ date }: { date: string }) {
  const locale = await getLocale();
  const t = await getTranslations('Calendar');
  return (
    <span className="hijri">
      {/* In brackets, not after a "·": beside Eastern digits a middle dot reads as a zero (٠). */}{' '}
      <Digits>{t('hijri', { date: formatHijri(locale, date) })}</Digits>
    </span>
  );
}
