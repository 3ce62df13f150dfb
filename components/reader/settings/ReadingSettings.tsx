import { getLocale, getTranslations } from 'next-intl/server';
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
  return (
    <ReadingSettingsIsland
      labels={{
        open: t('open'),
        theme: t('theme'),
        themes: {
          system: t('themes.system'),
          light: t('themes.light'),
          dark: t('themes.dark'),
          sepia: t('themes.sepia'),
        },
        face: t('face'),
        faces: { naskh: t('faces.naskh'), sans: t('faces.sans'), amiri: t('faces.amiri') },
        leading: t('leading'),
        leadings: { tight: t('leadings.tight'), normal: t('leadings.normal'), loose: t('leadings.loose') },
        measure: t('measure'),
        measures: { narrow: t('measures.narrow'), medium: t('measures.medium'), wide: t('measures.wide') },
        tashkeel: t('tashkeel'),
        glossary: t('glossary'),
        arabicSize: t('arabicSize'),
        englishSize: t('englishSize'),
        smaller: t('smaller'),
        larger: t('larger'),
        steps,
      }}
    />
  );
}
