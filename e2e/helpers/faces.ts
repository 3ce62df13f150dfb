import type { Page } from '@playwright/test';

/**
 * Whether the document sets its text in Naskh, Arabic and Latin. Its files are
 * `font-display: optional` (lib/fonts/naskhFaces.ts): a file that missed the first layout is not
 * used on that page even once loaded, so a face's "loaded" says nothing; a probe in the face and
 * in a fallback only differ in width when the face is drawn. Run in the page as source text.
 */
function inDocument() {
  const width = (family: string, text: string) => {
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.font = `32px ${family}`;
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    document.body.append(probe);
    const { width } = probe.getBoundingClientRect();
    probe.remove();
    return width;
  };
  // Both files: the Arabic letters, and the Latin one's digits and names inside Arabic text.
  return [
    ['Qari Naskh Arabic', 'عربي'],
    ['Qari Naskh Latin', '2035 NATO'],
  ].every(([family, text]) => width(`'${family}', monospace`, text!) !== width('monospace', text!));
}

/** Whether the page sets its text in Naskh, once its faces have loaded. */
export const naskhInUse = async (page: Page) => {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(inDocument);
};

/**
 * The page as a reader sees it once the face is on the device (any page after the first): flows
 * that measure lines or compare screenshots need the face, and on a busy test machine the first
 * load's files can miss the first layout, as on a slow first visit. Reloads, at most twice, until
 * the face is in use. What a slow first visit looks like is a flow of its own (e2e/faces.spec.ts).
 */
export async function inNaskh(page: Page) {
  for (let load = 1; !(await naskhInUse(page)); load++) {
    if (load === 3) throw new Error('the page never set its text in Naskh');
    await page.reload();
  }
}

/** Naskh's two file faces the page declares, each as "family status" ("Qari Naskh Arabic loading"). */
export const naskhFaces = (page: Page) =>
  page.evaluate(() =>
    [...document.fonts]
      .map((face) => `${face.family.replace(/["']/g, '')} ${face.status}`)
      .filter((face) => /^Qari Naskh (Arabic|Latin) [a-z]+$/.test(face)),
  );

/** The addresses of Naskh's files the page has fetched, whole (preloaded or set). */
export const naskhFilesFetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (entry) =>
          new URL(entry.name).pathname.startsWith('/fonts/naskh-') &&
          (entry as PerformanceResourceTiming).responseEnd > 0,
      )
      .map((entry) => entry.name),
  );
