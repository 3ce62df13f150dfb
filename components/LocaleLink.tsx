import { getLocale } from 'next-intl/server';
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/**
 * A link inside the current UI language, resolved on the server: next-intl's own Link is a
 * client component that would ship its message runtime to every reader.
 */
export async function LocaleLink({ href, ...props }: Props) {
  const locale = await getLocale();
  return <NextLink href={getPathname({ locale, href })} {...props} />;
}
