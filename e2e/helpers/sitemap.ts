/**
 * The whole sitemap as one text: the index at /sitemap.xml and every part it names, each read
 * from `origin` (the parts name the site's public origin, which may not be the server tested).
 */
export async function wholeSitemap(origin: string, get: (url: string) => Promise<string>): Promise<string> {
  const index = await get(`${origin}/sitemap.xml`);
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (!parts.length) throw new Error(`the sitemap index names no part:\n${index}`);
  return (await Promise.all(parts.map((part) => get(`${origin}${part}`)))).join('\n');
}
