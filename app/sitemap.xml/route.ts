import { sitemapParts } from '@/lib/library/sitemapParts';
import { SITE_URL } from '@/lib/siteUrl';

// Made at the build, and again when a publish marks it stale (app/api/publish/route.ts).
export const dynamic = 'force-static';

/** The sitemap index: where each part of the sitemap is (app/sitemaps/sitemap.ts). */
export function GET() {
  const parts = [...sitemapParts().keys()].map(
    (id) => `<sitemap><loc>${new URL(`/sitemaps/sitemap/${id}.xml`, SITE_URL).href}</loc></sitemap>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`;
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
