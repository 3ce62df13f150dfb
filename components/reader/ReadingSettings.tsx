import { getLocale, getTranslations } from 'next-intl/server';
import { PREFERENCES } from '@/lib/readerPreferences';
import { formatNumber } from '@/lib/formatNumber';
import { ReadingSettingsPanel } from './ReadingSettingsPanel';

/** Gathers the settings panel's strings on the server; the panel itself is a small island. */
export async function ReadingSettings() {
  const locale = await getLocale();
  const t = await getTranslations('ReadingSettings');
  const sizes = PREFERENCES.arSize.values;
  const steps = sizes.map((_, i) =>
    t('step', { current: formatNumber(locale, i + 1), total: formatNumber(locale, sizes.length) }),
  );
  const themes = {
    system: t('themes.system'),
    light: t('themes.light'),
    dark: t('themes.dark'),
    sepia: t('themes.sepia'),
  };
  return (
    <ReadingSettingsPanel
      labels={{
        open: t('open'),
        theme: t('theme'),
        themes,
        arabicSize: t('arabicSize'),
        englishSize: t('englishSize'),
        smaller: t('smaller'),
        larger: t('larger'),
        steps,
      }}
    />
  );
}
