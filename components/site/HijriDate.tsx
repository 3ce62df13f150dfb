import { getLocale } from 'next-intl/server';
import { labelsOf } from '@/i18n/labels';
import { HijriText } from './HijriText';

/** HijriText in the UI's locale, for server components. */
export async function HijriDate({ date }: { date: string }) {
  return <HijriText locale={await getLocale()} date={date} template={(await labelsOf('Calendar')).hijri} />;
}
