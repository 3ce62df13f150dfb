import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NASKH_FACES } from './naskhFaces';
import { NASKH_LATE_SCRIPT, NASKH_SEEN_KEY, NASKH_WAIT, naskhFaceCss } from './naskhFaceCss.mjs';
import type { FaceFile } from './readerFaces';

// The script every page ends with (lib/http/naskhOnServe.mjs), run as the browser runs it against
// a stand-in document: its fonts and their status, the faces' sheet, the first frame, timers.

function page(
  statuses: Record<string, FontFaceLoadStatus>,
  storage: Record<string, string> | 'refused' = {},
  styled = true,
) {
  // The sheet as the browser parses the page's faces <style>: one rule per @font-face, then :root.
  const rules: { family: string; style: { fontFamily: string } }[] = [
    ...naskhFaceCss(NASKH_FACES as [FaceFile, FaceFile]).matchAll(/@font-face\{font-family:'([^']+)'/g),
  ].map(([, family]) => ({ family: family!, style: { fontFamily: `"${family}"` } }));
  rules.push({ family: ':root', style: { fontFamily: '' } });
  const frames: (() => void)[] = [];
  const timers: [() => void, number][] = [];
  const sheet = { cssRules: rules, deleteRule: (index: number) => rules.splice(index, 1) };
  // Storage keeps what is set on it as text, as a browser's does.
  const localStorage =
    storage === 'refused'
      ? undefined
      : new Proxy(storage, { set: (kept, key: string, value) => Reflect.set(kept, key, String(value)) });
  const context = {
    get localStorage() {
      if (!localStorage) throw new Error('SecurityError: access is denied for this document');
      return localStorage;
    },
    document: {
      querySelector: (selector: string) => (styled && selector === '[data-href=naskh-faces]' ? { sheet } : null),
      fonts: {
        forEach: (each: (face: { family: string; status: string }) => void) =>
          Object.entries(statuses).forEach(([family, status]) => each({ family, status })),
      },
    },
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void, wait: number) => timers.push([callback, wait]),
  };
  runInNewContext(NASKH_LATE_SCRIPT, context);
  const afterWait = () => {
    frames.splice(0).forEach((frame) => frame());
    expect(timers.map(([, wait]) => wait)).toEqual([NASKH_WAIT]);
    timers.splice(0).forEach(([timer]) => timer());
  };
  return { rules: () => rules.map((rule) => rule.family), afterWait, timers, frames };
}

const ARABIC = 'Qari Naskh Arabic';
const LATIN = 'Qari Naskh Latin';
const FALLBACK = 'Qari Naskh Latin Fallback';

describe('Naskh files that miss the first layout', () => {
  it('are taken out of the sheet together once the wait after the first frame is over', () => {
    const slow = page({ [ARABIC]: 'loading', [LATIN]: 'loading', [FALLBACK]: 'error' });
    expect(slow.timers, 'nothing happens before the first frame').toEqual([]);
    expect(slow.rules()).toEqual([ARABIC, LATIN, FALLBACK, ':root']);
    slow.afterWait();
    // The fallback face (a local font, missing here) and the names the stylesheet uses stay.
    expect(slow.rules()).toEqual([FALLBACK, ':root']);
  });

  it('never take out the metric fallback, a local font, even while the device looks it up', () => {
    const lookingUp = page({ [ARABIC]: 'loading', [LATIN]: 'loading', [FALLBACK]: 'loading' });
    lookingUp.afterWait();
    expect(lookingUp.rules()).toEqual([FALLBACK, ':root']);
  });

  it("do nothing, and throw nothing, where the faces' <style> is gone (something else took it out)", () => {
    const bare = page({ [ARABIC]: 'loading', [LATIN]: 'loading' }, {}, false);
    expect(() => bare.afterWait()).not.toThrow();
    expect(bare.rules()).toEqual([ARABIC, LATIN, FALLBACK, ':root']);
  });

  it('keep a file that came in time (the page uses it): only the late one goes', () => {
    const half = page({ [ARABIC]: 'loaded', [LATIN]: 'loading' });
    half.afterWait();
    expect(half.rules()).toEqual([ARABIC, FALLBACK, ':root']);
  });

  it('change nothing when both were in time, or when a chosen face (not in the sheet) is loading', () => {
    const fast = page({ [ARABIC]: 'loaded', [LATIN]: 'loaded', 'Qari Amiri': 'loading' });
    fast.afterWait();
    expect(fast.rules()).toEqual([ARABIC, LATIN, FALLBACK, ':root']);
  });
});

describe('Only on the first page a browser loads from Qari', () => {
  it('marks the browser as having been here before it waits', () => {
    const storage: Record<string, string> = {};
    const first = page({ [ARABIC]: 'loading', [LATIN]: 'loading' }, storage);
    expect(storage[NASKH_SEEN_KEY]).toBe('1');
    first.afterWait();
    expect(first.rules()).toEqual([FALLBACK, ':root']);
  });

  it('leaves every face on a later page, even one whose file still reads "loading" (it may be cached)', () => {
    const later = page({ [ARABIC]: 'loading', [LATIN]: 'loading' }, { [NASKH_SEEN_KEY]: '1' });
    expect(later.frames, 'it does not even wait for a frame').toEqual([]);
    expect(later.rules()).toEqual([ARABIC, LATIN, FALLBACK, ':root']);
  });

  it('leaves the page as it is, without an error, where storage is refused', () => {
    const refused = page({ [ARABIC]: 'loading', [LATIN]: 'loading' }, 'refused');
    expect(refused.frames).toEqual([]);
    expect(refused.rules()).toEqual([ARABIC, LATIN, FALLBACK, ':root']);
  });
});
