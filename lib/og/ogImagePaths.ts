import path from 'node:path';

/** Where a build keeps its Open Graph images: inside its own build directory, like its search index. */
export function ogImageDir(): string {
  return path.join(process.cwd(), process.env.QARI_DIST_DIR || '.next', 'og');
}

export const ogImageFile = (slug: string, locale: string) => `${slug}.${locale}.png`;

/** The address an article's image is served at (app/og/[file]/route.ts). */
export const ogImageHref = (slug: string, locale: string) => `/og/${ogImageFile(slug, locale)}`;
