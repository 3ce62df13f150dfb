import { getLocale, getTranslations } from 'next-intl/server';
import { labelsOf } from '@/i18n/labels';
import { PREFERENCES } from '@/lib/browser/readerPreferences';
import { formatNumber } from '@/lib/formatNumber';
import { ReadingSettingsIsland } from './ReadingSettingsIsland';

/** Gathers the settings panel's strings on the server; the panel itself is a small island. */
export async function ReadingSettings() {
  const locale = await getLocale();
  const t = await getTranslations('ReadingSettings');
  const sizes = PREFERENCES.arSize.values;
  const steps = sizes.map((_, i) =>
    t('step', { current: formatNumber(locale, i + 1), total: formatNumber(locale, sizes.length) }),
  );
  return <ReadingSettingsIsland labels={{ ...(await labelsOf('ReadingSettings')), steps }} />;
}
