import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('SiteFooter');
  return (
    <footer className="mt-16 border-t border-rule">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">{t('about')}</p>
    </footer>
  );
}
