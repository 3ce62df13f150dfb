import path from 'node:path';

/** Where a server keeps the Open Graph images it drew: inside its own build directory. */
export function ogImageDir(): string {
  // turbopackIgnore: a folder named at run time must not make the build trace the whole project.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.QARI_DIST_DIR || '.next', 'cache', 'og');
}

export const ogImageFile = (slug: string, locale: string) => `${slug}.${locale}.png`;

/** The address an article's image is served at (app/og/[file]/route.ts). */
export const ogImageHref = (slug: string, locale: string) => `/og/${ogImageFile(slug, locale)}`;

const OG_IMAGE_FILE = /^([a-z0-9-]+)\.(ar|en)\.png$/;

/** The article and language an image's file name asks for, or null if no image has that name. */
export function parseOgImageFile(file: string): { slug: string; locale: 'ar' | 'en' } | null {
  const [, slug, locale] = OG_IMAGE_FILE.exec(file) ?? [];
  return slug && (locale === 'ar' || locale === 'en') ? { slug, locale } : null;
}
