import { formatHijri } from '@/lib/formatDate';
import { fillTemplate } from '@/lib/browser/messageTemplate';
import { Digits } from './Digits';

/**
 * The Hijri date of a Gregorian one, by the Umm al-Qura calendar and said to be approximate
 * (`template`: Calendar.hijri, "({date} …approximately)"): not every country begins its months
 * by it. In every page, shown only when the reader asks for it (`data-hijri` on <html>, set
 * before the first paint). No hooks: server components and islands use it alike.
 */
export function HijriText({ locale, date, template }: { locale: string; date: string; template: string }) {
  return (
    <span className="hijri">
      {/* In brackets, not after a "·": beside Eastern digits a middle dot reads as a zero (٠). */}{' '}
      <Digits>{fillTemplate(template, { date: formatHijri(locale, date) })}</Digits>
    </span>
  );
}
