import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Files of app/ that are not addresses of their own.
const FRAMES = /^(layout|template|error|loading|default|not-found|global-not-found|global-error)\.(tsx|ts|jsx|js)$/;
const STYLES = /\.css$/;

/** The address pattern of one file of app/ in folder `dir` (a pattern such as `/og/[file]`), or null. */
function patternOf(dir: string, file: string, source: () => string): string | null {
  const at = (name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);
  if (/^(page|route)\.(tsx|ts|jsx|js)$/.test(file)) return dir;
  if (FRAMES.test(file) || STYLES.test(file)) return null;
  if (/^robots\.(ts|js)$/.test(file)) return at('robots.txt');
  // With generateSitemaps, one file per id under the folder's `sitemap/`.
  if (/^sitemap\.(ts|js)$/.test(file))
    return /generateSitemaps/.test(source()) ? at('sitemap/[id].xml') : at('sitemap.xml');
  if (/^(icon|apple-icon|favicon)\.\w+$/.test(file)) return at(file);
  throw new Error(`app${dir === '/' ? '' : dir}/${file}: a file the route table does not know how to address`);
}

/**
 * Every address pattern of the app, as Next names its routes: from the folders of `appDir`
 * (route groups, slots and private folders left out) and the files of `publicDir` (a folder of
 * files as `/<folder>/[file]`), and `/`. What the route table must cover (lib/routes/routeTable.ts) and
 * what the hostile suite asks for (e2e/hostile-generated.spec.ts): a route added later is in it.
 */
export function appRoutes(appDir = 'app', publicDir = 'public'): string[] {
  // `/` has no page: the proxy answers it (next-intl's redirect to the reader's locale).
  const patterns = new Set<string>(['/']);
  const walk = (folder: string, dir: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (/^[_@]/.test(entry.name)) continue;
        const inner = /^\(.*\)$/.test(entry.name) ? dir : `${dir === '/' ? '' : dir}/${entry.name}`;
        walk(full, inner);
        continue;
      }
      const pattern = patternOf(dir, entry.name, () => readFileSync(full, 'utf8'));
      if (pattern) patterns.add(pattern);
    }
  };
  walk(appDir, '/');
  for (const entry of readdirSync(publicDir, { withFileTypes: true }))
    patterns.add(entry.isDirectory() ? `/${entry.name}/[file]` : `/${entry.name}`);
  return [...patterns].sort();
}
