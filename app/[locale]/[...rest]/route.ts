import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { notFoundResponse } from '@/lib/http/notFoundDocument';

// Every path under a locale that no page matches, and every unknown article (the proxy sends
// those here): the localized 404 page, rendered on the server.
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/[...rest]'>) {
  const { locale } = await params;
  return notFoundResponse(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
}
