import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the tracked files', () => {
  it('have no two paths that differ only in case (a clone on macOS or Windows would keep one of them)', () => {
    const paths = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const byFolded = new Map<string, string[]>();
    for (const file of paths) byFolded.set(file.toLowerCase(), [...(byFolded.get(file.toLowerCase()) ?? []), file]);
    expect([...byFolded.values()].filter((same) => same.length > 1)).toEqual([]);
  });
});
