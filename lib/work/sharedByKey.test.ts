import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedByKey } from './sharedByKey';
import { writeFileAtomic } from './writeFileAtomic';

describe('sharedByKey', () => {
  it('runs the work once for concurrent calls with one key, and again once it settled', async () => {
    let runs = 0;
    const render = sharedByKey(String, async (key: string) => {
      const run = (runs += 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return `${key}:${run}`;
    });
    const burst = await Promise.all(Array.from({ length: 10 }, () => render('a')));
    expect(new Set(burst)).toEqual(new Set(['a:1']));
    expect(await Promise.all([render('b'), render('a')])).toEqual(['b:2', 'a:3']);
    expect(runs).toBe(3);
  });

  it('hands a failure to every waiter, and lets the next call try again', async () => {
    let runs = 0;
    const flaky = sharedByKey(String, async () => {
      runs += 1;
      if (runs === 1) throw new Error('first run fails');
      return 'ok';
    });
    const burst = await Promise.allSettled([flaky('k'), flaky('k')]);
    expect(burst.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await flaky('k')).toBe('ok');
  });
});

describe('writeFileAtomic', () => {
  it('concurrent writers to one file leave one whole file and no temporary one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qari-atomic-'));
    const file = path.join(dir, 'image.png');
    const bodies = Array.from({ length: 10 }, (_, i) => String(i).repeat(100_000));
    await Promise.all(bodies.map((body) => writeFileAtomic(file, body)));
    expect(bodies).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(dir)).toEqual(['image.png']);
    rmSync(dir, { recursive: true });
  });
});
