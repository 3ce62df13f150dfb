import { statSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT } from './articleFolder';

/**
 * Several app servers read one content folder (a shared volume). The server a publish reaches
 * re-reads the content and then touches this file; every server looks at it (a `stat`, at most
 * every LOOK_MS) before answering from its content index, and re-reads the content when it
 * changed: so no server renders, and caches for all in Redis, a page from content it has not
 * seen. Kept outside `articles/`, so it is never taken for an article.
 */
// turbopackIgnore: a file named at run time must not make the build trace the whole project.
const MARKER = path.join(/*turbopackIgnore: true*/ CONTENT_ROOT, '.published');
const LOOK_MS = 250;

/** Tells every server that the content changed: written whole, then renamed into place. */
export function markPublished(slug: string) {
  const temporary = `${MARKER}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ slug, at: new Date().toISOString(), pid: process.pid }));
  renameSync(temporary, MARKER);
}

// Process-wide, as the content index is: the proxy and each route are bundled apart.
const LOOKS = Symbol.for('qari.publishMarker');
type Looks = { lookedAt: number; seen: string | null };
const looks = () => ((globalThis as { [LOOKS]?: Looks })[LOOKS] ??= { lookedAt: 0, seen: null });

/**
 * True when the marker changed since this process last looked (never on the first look: a
 * starting server reads every article's stamp anyway). Looks at most every LOOK_MS.
 */
export function publishedElsewhere(): boolean {
  const state = looks();
  const now = Date.now();
  if (now - state.lookedAt < LOOK_MS) return false;
  state.lookedAt = now;
  let stamp = '';
  try {
    const stat = statSync(MARKER);
    stamp = `${stat.mtimeMs}:${stat.ino}`;
  } catch {
    // No publish since the folder was made.
  }
  const changed = state.seen !== null && stamp !== state.seen;
  state.seen = stamp;
  return changed;
}
