import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from './articleFolder';
import { indexFile, readIndexFile, refreshIndex, writeIndexFile, type IndexState } from './articleIndex';
import { readArticleFolder } from './readArticleFolder';

const SEED = 'nato-rutte-bucharest-industry-forum';

/** A folder with two copies of the seed article (never content/). */
function library() {
  const dir = mkdtempSync(path.join(tmpdir(), 'qari-index-'));
  for (const slug of ['first', 'second']) cpSync(path.join(CONTENT_DIR, SEED), path.join(dir, slug), { recursive: true });
  return dir;
}

describe('the content index', () => {
  it('parses every article once, then only those whose files changed, and forgets removed ones', () => {
    const dir = library();
    const parsed: string[] = [];
    const read = (folder: string, slug: string) => (parsed.push(slug), readArticleFolder(folder, slug));
    const state: IndexState = { version: 0, known: new Map() };
    expect(refreshIndex(state, [dir], read)).toBe(2);
    expect(state.version).toBe(1);
    expect(state.known.get('first')?.entry.headline.ar).toMatch(/^مارك روته/);

    expect(refreshIndex(state, [dir], read)).toBe(0);
    expect(state.version).toBe(1);

    const file = path.join(dir, 'second', 'article.ar.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}ar: ).*$/m, '$1عنوان مصحح'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(refreshIndex(state, [dir], read)).toBe(1);
    expect(state.known.get('second')?.entry.headline.ar).toBe('عنوان مصحح');
    expect(state.version).toBe(2);

    rmSync(path.join(dir, 'first'), { recursive: true });
    expect(refreshIndex(state, [dir], read)).toBe(0);
    expect([...state.known.keys()]).toEqual(['second']);
    expect(state.version).toBe(3);
    expect(parsed).toEqual(['first', 'second', 'second']);
  });

  it('keeps the last good library when an article is broken', () => {
    const dir = library();
    const state: IndexState = { version: 0, known: new Map() };
    refreshIndex(state, [dir], readArticleFolder);
    const file = path.join(dir, 'first', 'article.ar.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('headline:', 'headline: [broken'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(() => refreshIndex(state, [dir], readArticleFolder)).toThrow(/first\/article\.ar\.md/);
    expect([...state.known.keys()]).toEqual(['first', 'second']);
    expect(state.version).toBe(1);
  });

  it('is kept between processes in one file per set of folders', () => {
    const dir = library();
    const state: IndexState = { version: 0, known: new Map() };
    refreshIndex(state, [dir], readArticleFolder);
    const file = indexFile(mkdtempSync(path.join(tmpdir(), 'qari-build-')), [dir]);
    expect(file).not.toBe(indexFile(path.dirname(path.dirname(path.dirname(file))), [dir, '/elsewhere']));
    writeIndexFile(file, state.known);
    expect(readIndexFile(file)).toEqual(state.known);
    expect(readIndexFile(`${file}.missing`)).toEqual(new Map());
  });
});
