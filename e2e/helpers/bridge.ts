import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The article the publishing flows publish and correct: a draft fixture about a bridge, put into
 * a copy of content/ that a server of the flow's own reads (never content/ itself).
 */
export const BRIDGE = {
  slug: 'fixture-bridge',
  headline: { ar: 'افتتاح جسر جديد فوق نهر الدانوب', en: 'A new bridge opens over the Danube' },
  /** Its date, in its draft's frontmatter (a publish keeps a date the draft has). */
  date: '2025-05-31',
};

/** `npm run content:publish` as a process of its own: `node <TSX> scripts/content/publish.ts <slug>`. */
export const PUBLISH_COMMAND = [
  path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs'),
  'scripts/content/publish.ts',
  BRIDGE.slug,
];

/** A copy of content/ with the bridge's draft in it, in a temporary folder: its path. */
export function contentWithBridge(prefix: string): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync('content', root, { recursive: true });
  cpSync(path.join(__dirname, '..', 'fixtures', 'publish', BRIDGE.slug), path.join(root, 'articles', BRIDGE.slug), {
    recursive: true,
  });
  return root;
}

/** What an editor says of the bridge's corrected length: the public note, in both UI languages. */
export const BRIDGE_NOTE = [
  '--note',
  'ذكرت نسخة سابقة من هذا المقال طولاً آخر للجسر.',
  '--note-en',
  'An earlier version of this article gave another length for the bridge.',
];

/** Replaces the bridge's length in both of its files: an editor's correction. */
export function correctBridge(contentRoot: string, from: string, to: string) {
  for (const file of ['article.ar.md', 'summary.en.md']) {
    const target = path.join(contentRoot, 'articles', BRIDGE.slug, file);
    writeFileSync(target, readFileSync(target, 'utf8').replaceAll(from, to));
  }
}
