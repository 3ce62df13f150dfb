import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdForChosenFace } from './chosenFaceOnLoad';
import type { FaceFile } from './readerFaces';

const FACES: Record<string, FaceFile[]> = { amiri: [{ family: 'Qari Amiri', weight: '400', url: '/fonts/a.woff2' }] };

/** A stand-in <html> on a page at `path`, with the reader's remembered face. */
function page(face: string | undefined, path = '/ar/articles/x') {
  const classes = new Set<string>();
  const dataset: Record<string, string> = face ? { face } : {};
  vi.stubGlobal('document', {
    documentElement: {
      dataset,
      classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
    },
  });
  vi.stubGlobal('location', { pathname: path });
  return { classes, dataset };
}

/** A face load the test settles by hand, recording what was asked. */
function scriptedLoad() {
  const asked: FaceFile[][] = [];
  let settle: { resolve: () => void; reject: () => void } | undefined;
  const load = (files: readonly FaceFile[]) => {
    asked.push([...files]);
    return new Promise<never[]>((resolve, reject) => (settle = { resolve: () => resolve([]), reject }));
  };
  return { load, asked, settle: () => settle! };
}

describe('the wait for a returning reader’s face', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => (vi.useRealTimers(), vi.unstubAllGlobals()));

  it('hides the article until the face has loaded, then shows it in that face', async () => {
    const { classes, dataset } = page('amiri');
    const fonts = scriptedLoad();
    holdForChosenFace(FACES, '/articles/', 1500, fonts.load);
    expect(fonts.asked).toEqual([FACES.amiri]);
    expect([...classes]).toEqual(['face-pending']);
    fonts.settle().resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect([...classes]).toEqual([]);
    expect(dataset.face).toBe('amiri');
    await vi.advanceTimersByTimeAsync(5000);
    expect(dataset.face).toBe('amiri');
  });

  it('shows the article in Naskh when the face is late, and keeps Naskh when it comes', async () => {
    const { classes, dataset } = page('amiri');
    const fonts = scriptedLoad();
    holdForChosenFace(FACES, '/articles/', 1500, fonts.load);
    await vi.advanceTimersByTimeAsync(1499);
    expect([...classes]).toEqual(['face-pending']);
    await vi.advanceTimersByTimeAsync(1);
    expect([...classes]).toEqual([]);
    expect(dataset.face).toBeUndefined();
    fonts.settle().resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(dataset.face).toBeUndefined();
  });

  it('shows the article in Naskh at once when the face fails to load', async () => {
    const { classes, dataset } = page('amiri');
    const fonts = scriptedLoad();
    holdForChosenFace(FACES, '/articles/', 1500, fonts.load);
    fonts.settle().reject();
    await vi.advanceTimersByTimeAsync(0);
    expect([...classes]).toEqual([]);
    expect(dataset.face).toBeUndefined();
  });

  it('waits for nothing with Naskh, or on a page that is not an article', () => {
    for (const [face, path] of [
      [undefined, '/ar/articles/x'],
      ['naskh', '/en/articles/x'],
      ['amiri', '/en/topics/nato'],
    ] as const) {
      const { classes } = page(face, path);
      const fonts = scriptedLoad();
      holdForChosenFace(FACES, '/articles/', 1500, fonts.load);
      expect(fonts.asked).toEqual([]);
      expect([...classes]).toEqual([]);
    }
  });
});
