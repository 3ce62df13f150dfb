import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { ContentLiveReload } from '@/components/site/ContentLiveReload';
import { RegisterWorker } from '@/components/offline/RegisterWorker';
import { SiteFooter } from '@/components/site/SiteFooter';
import { UiStringsProvider } from '@/components/site/UiStrings';
import { localeDirection, routing } from '@/i18n/routing';
import { PREFERENCES_SCRIPT } from '@/lib/browser/readerPreferences';
import { NASKH_FACE_CSS, NASKH_FACES } from '@/lib/fonts/naskhFaces';
import '../globals.css';

// Both locales are prerendered; true so that the pages below may render what the build did not
// know (a layout's `false` would hold for every page under it). The proxy sends any other
// first segment to a locale, and i18n/request.ts refuses an unknown one.
export const dynamicParams = true;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Metadata');
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('SiteHeader');
  const live = await getTranslations('LivePreview');
  const error = await getTranslations('ErrorPage');
  const uiStrings = {
    errorTitle: error('title'),
    contentError: error('contentError'),
    retry: error('retry'),
    livePreview: live('connected'),
    dismissLivePreview: live('dismiss'),
  };
  // Both Naskh files, Arabic and Latin: nearly every first screen has digits or a Latin name, and
  // a face that misses the first layout is not used on that page (lib/fonts/naskhFaces.ts).
  for (const { url } of NASKH_FACES) preload(url, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    // The preferences script sets attributes on <html> before React hydrates.
    <html lang={locale} dir={localeDirection[locale]} suppressHydrationWarning>
      <head>
        {/* Served pages get Naskh's faces where they leave the server (lib/http/naskhOnServe.mjs),
            not from React: once in the HTML, not again in its payload. `next dev` serves its own. */}
        {process.env.NODE_ENV === 'development' && (
          <style href="naskh-faces" precedence="faces">
            {NASKH_FACE_CSS}
          </style>
        )}
        <script dangerouslySetInnerHTML={{ __html: PREFERENCES_SCRIPT }} />
      </head>
      <body className="min-h-dvh flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        {/* Islands get their strings as props; only the client-side error page needs these. */}
        <UiStringsProvider value={uiStrings}>
          {children}
          {process.env.NODE_ENV === 'development' && (
            <ContentLiveReload label={live('connected')} dismiss={live('dismiss')} />
          )}
        </UiStringsProvider>
        <SiteFooter />
        <RegisterWorker />
      </body>
    </html>
  );
}
