import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';

type Props = ComponentProps<'a'> & { href: string };

/**
 * A link inside the current UI language, resolved on the server. A plain document link, not
 * next/link: pages are static and edge-cached, so a full load is as fast, and Back returns to
 * a section deep link (a `#id` entry the app router cannot restore: it leaves the old page up).
 */
export async function LocaleLink({ href, ...props }: Props) {
  const locale = await getLocale();
  return <a href={getPathname({ locale, href })} {...props} />;
}
