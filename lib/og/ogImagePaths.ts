import path from 'node:path';

/** Where a server keeps the Open Graph images it drew: inside its own build directory. */
export function ogImageDir(): string {
  // turbopackIgnore: a folder named at run time must not make the build trace the whole project.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.QARI_DIST_DIR || '.next', 'cache', 'og');
}

export const ogImageFile = (slug: string, locale: string) => `${slug}.${locale}.png`;

/** The address an article's image is served at (app/og/[file]/route.ts). */
export const ogImageHref = (slug: string, locale: string) => `/og/${ogImageFile(slug, locale)}`;
