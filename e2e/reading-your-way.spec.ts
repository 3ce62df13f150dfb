import { expect, test, type Page } from '@playwright/test';
import { clipboardWrites, recordClipboard } from './helpers/clipboard';
import { inNaskh } from './helpers/faces';
import { layoutShifts, watchLayoutShifts } from './helpers/layoutShifts';
import { expectNoHorizontalScroll, ReaderPage } from './helpers/ReaderPage';
import { installSpeech, spoken } from './helpers/speech';
import { everythingLoaded } from './helpers/ready';

/** Opens the reading settings (English UI) and makes one choice in the named group. */
async function choose(page: Page, group: string, option: string) {
  if (!(await page.getByRole('group', { name: group }).isVisible())) {
    await page.getByRole('button', { name: 'Reading settings' }).click();
  }
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option }).check();
}

/** The faces the page has asked the browser for (a face nobody uses stays "unloaded"). */
const facesInUse = (page: Page) =>
  page.evaluate(() =>
    [...document.fonts].filter((face) => face.status !== 'unloaded').map((face) => face.family.replace(/['"]/g, '')),
  );

/** Characters a line (the mean of every full line) of a section's first paragraph. */
const charactersPerLine = (page: Page, id: string) =>
  page
    .locator(`section#${id} .reader-p`)
    .first()
    .evaluate((paragraph) => {
      const text = paragraph.firstChild as Text;
      const range = document.createRange();
      const perLine = new Map<number, number>();
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        // Lines are 30 px apart or more: a character's line is its middle, to the nearest 10 px.
        const line = Math.round((rect.top + rect.height / 2) / 10);
        perLine.set(line, (perLine.get(line) ?? 0) + 1);
      }
      const full = [...perLine.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, count]) => count)
        .slice(0, -1);
      return Math.round(full.reduce((sum, count) => sum + count, 0) / full.length);
    });

/** Line-height against font size, of the article's first paragraph. */
const leadingOf = (page: Page) =>
  page
    .locator('.reader-p')
    .first()
    .evaluate((p) => {
      const style = getComputedStyle(p);
      return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
    });

test.describe('typeface', () => {
  test(
    'a face is downloaded only when chosen, shows at once, and is remembered',
    { tag: '@desktop-only' },
    async ({ page }) => {
      const faceFiles: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        // Naskh's files are every page's (the default face); the others come only when chosen.
        if (pathname.startsWith('/fonts/') && !pathname.startsWith('/fonts/naskh-')) faceFiles.push(pathname);
      });
      const reader = await new ReaderPage(page, 'en').open();
      await page.evaluate(() => document.fonts.ready);
      expect(faceFiles).toEqual([]);
      expect(await facesInUse(page)).not.toContain('Qari Sans Arabic');
      expect(await facesInUse(page)).not.toContain('Qari Amiri');

      await choose(page, 'Typeface', 'Sans');
      await expect(page.locator('html')).toHaveAttribute('data-face', 'sans');
      expect(await facesInUse(page)).toContain('Qari Sans Arabic');
      expect(await page.evaluate(() => document.fonts.check('1em "Qari Sans Arabic"', 'عربي'))).toBe(true);
      expect(await facesInUse(page)).not.toContain('Qari Amiri');
      expect(faceFiles.length).toBeGreaterThan(0);
      expect(faceFiles.every((file) => file.startsWith('/fonts/sans-'))).toBe(true);

      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-face', 'sans');
      await page.evaluate(() => document.fonts.ready);
      expect(await facesInUse(page)).toContain('Qari Sans Arabic');
      await expect(reader.section('lead').getByRole('heading', { level: 2 })).toBeVisible();
    },
  );

  test(
    'every face sets about as many characters a line at the same size',
    { tag: '@desktop-only' },
    async ({ page }) => {
      await new ReaderPage(page, 'en').open();
      await inNaskh(page);
      const counts: Record<string, number> = {};
      for (const face of ['Naskh', 'Sans', 'Amiri']) {
        await choose(page, 'Typeface', face);
        await page.evaluate(() => document.fonts.ready);
        counts[face] = await charactersPerLine(page, 'industry-roles');
      }
      for (const count of Object.values(counts)) expect(Math.abs(count - counts.Naskh!)).toBeLessThanOrEqual(6);
    },
  );

  test('a return visit with a chosen face, spacing and width: applied before any script runs, no layout shift', async ({
    page: first,
    context,
  }) => {
    await new ReaderPage(first, 'en').open();
    await choose(first, 'Typeface', 'Amiri');
    await choose(first, 'Line spacing', 'Loose');
    await choose(first, 'Column width', 'Narrow');
    await first.close();

    // A return visit, watched for layout shifts from its first frame.
    const page = await context.newPage();
    const reader = new ReaderPage(page, 'en');
    await watchLayoutShifts(page);
    await reader.open();
    await page.evaluate(() => document.fonts.ready);
    await everythingLoaded(page);
    // The chosen face was shown at once; Naskh still sets the Latin in it (digits, names).
    await inNaskh(page);
    // Before any screenshot: taking one on a phone's emulated screen lays the page out again.
    expect(await layoutShifts(page)).toBe(0);
    // The first screen from the headline down: the face, the spacing and the width at work.
    const firstScreen = async () => {
      const top = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
        window.scrollTo({ top: 0, behavior: 'instant' });
        return h1.getBoundingClientRect().top;
      });
      const { width, height } = page.viewportSize()!;
      return page.screenshot({ clip: { x: 0, y: top, width, height: Math.min(500, height - top) } });
    };
    const after = await firstScreen();

    // The same visit with the app's scripts blocked: what the first frame shows, before hydration.
    await page.route('**/_next/static/**', (route) =>
      route.request().resourceType() === 'script' ? route.abort() : route.continue(),
    );
    await reader.open();
    await inNaskh(page);
    for (const [name, value] of [
      ['data-face', 'amiri'],
      ['data-leading', 'loose'],
      ['data-measure', 'narrow'],
    ]) {
      await expect(page.locator('html')).toHaveAttribute(name!, value!);
    }
    // Compared as bytes: a failing toEqual on two images would diff them for minutes.
    expect((await firstScreen()).equals(after), 'the first frame differs from the hydrated page').toBe(true);
  });
});

test.describe('line spacing and column width', () => {
  test('three line spacings, remembered', { tag: '@desktop-only' }, async ({ page }) => {
    await new ReaderPage(page, 'en').open();
    expect(await leadingOf(page)).toBe(2);
    await choose(page, 'Line spacing', 'Tight');
    expect(await leadingOf(page)).toBe(1.8);
    await choose(page, 'Line spacing', 'Loose');
    expect(await leadingOf(page)).toBe(2.3);
    await page.reload();
    expect(await leadingOf(page)).toBe(2.3);
  });

  test(
    'three widths of about 45, 60 and 75 characters a line; the summaries stay beside their sections',
    { tag: '@desktop-only' },
    async ({ page }) => {
      const reader = await new ReaderPage(page, 'en').open('?summary=on');
      await inNaskh(page);
      for (const [width, target] of [
        ['Narrow', 45],
        ['Medium', 60],
        ['Wide', 75],
      ] as const) {
        await choose(page, 'Column width', width);
        const count = await charactersPerLine(page, 'industry-roles');
        expect(count, width).toBeGreaterThanOrEqual(target - 6);
        expect(count, width).toBeLessThanOrEqual(target + 6);
        // Each summary's top is level with its section's heading, and beside the Arabic column.
        for (const id of ['pillars-of-action', 'industry-roles']) {
          const section = reader.section(id);
          const heading = await section.getByRole('heading', { level: 2 }).boundingBox();
          const summary = await section.locator('.section-summary').boundingBox();
          const text = await section.locator('.section-text').boundingBox();
          expect(Math.abs(summary!.y - heading!.y), `${width} ${id}`).toBeLessThanOrEqual(16);
          expect(summary!.x + summary!.width, `${width} ${id}`).toBeLessThan(text!.x);
        }
      }
    },
  );

  test(
    'every setting fits a 320 × 640 phone: the panel scrolls, nothing scrolls sideways',
    { tag: '@phone-only' },
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await new ReaderPage(page, 'en').open();
      await page.getByRole('button', { name: 'Reading settings' }).click();
      const panel = page.locator('#reading-settings');
      const box = (await panel.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(640);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      await choose(page, 'Column width', 'Wide');
      await expect(page.locator('html')).toHaveAttribute('data-measure', 'wide');
      await expectNoHorizontalScroll(page);
    },
  );
});

test.describe('tashkeel', () => {
  const FIXTURE = 'fixture-tashkeel';
  const HEADLINE = 'اَلْمَكْتَبَةُ الْعَامَّةُ تَفْتَحُ أَبْوَابَهَا لِلْقُرَّاءِ';
  const PARAGRAPH = 'وَقَالَ مُدِيرُ الْمَكْتَبَةِ إِنَّ الرُّفُوفَ تَضُمُّ أَلْفَيْ كِتَابٍ جَدِيدٍ بِاللُّغَةِ الْعَرَبِيَّةِ، وَإِنَّ الْأَطْفَالَ سَيَجِدُونَ رُكْنًا خَاصًّا بِهِمْ.';
  const bare = (text: string) => text.replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '');

  test('hidden or shown in the headline and body; copying, a shared passage and listening keep the text as written', async ({
    page,
  }) => {
    await recordClipboard(page);
    await installSpeech(page, ['ar-SA']);
    const reader = await new ReaderPage(page, 'en', FIXTURE).open();
    const headline = page.getByRole('heading', { level: 1 });
    const paragraph = reader.section('new-books').locator('.reader-p').first();
    await expect(headline).toHaveText(HEADLINE);

    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('switch', { name: 'Show tashkeel (vowel marks)' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-tashkeel', 'off');
    await expect(headline).toHaveText(bare(HEADLINE));
    await expect(paragraph).toHaveText(bare(PARAGRAPH));
    // The UI's own words and the English summaries are untouched.
    await expect(reader.section('lead').getByRole('heading', { level: 2 })).toHaveText('Introduction');

    // Copying the whole paragraph gives it as written.
    await paragraph.evaluate((p) => window.getSelection()!.selectAllChildren(p));
    const copied = await page.evaluate(() => {
      const data = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    expect(copied).toBe(PARAGRAPH);

    // A passage's link carries the words as written, so it finds them for every reader. The
    // offer follows a selection once it settles: the whole paragraph's offer goes first.
    const offer = page.getByRole('button', { name: 'Copy a link to this passage' });
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    await expect(offer).toBeHidden();
    const shown = bare(PARAGRAPH).split(' ').slice(1, 4).join(' ');
    await paragraph.evaluate((p, words) => {
      const text = p.firstChild!;
      const start = text.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, shown);
    await offer.click();
    const [link] = await clipboardWrites(page);
    expect(decodeURIComponent(link!.split(':~:text=')[1]!)).toBe(PARAGRAPH.split(' ').slice(1, 4).join(' '));

    // Listening reads the text as written.
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect
      .poll(async () => (await spoken(page))[0]?.text)
      .toBe('فَتَحَتِ الْمَكْتَبَةُ الْعَامَّةُ فِي الْمَدِينَةِ أَبْوَابَهَا لِلْقُرَّاءِ صَبَاحَ الْيَوْمِ، وَاسْتَقْبَلَتْ أَكْثَرَ مِنْ مِئَةِ زَائِرٍ فِي السَّاعَةِ الْأُولَى.');
  });

  test(
    'the choice holds from the first frame of the next visit, and showing the marks again restores them',
    { tag: '@desktop-only' },
    async ({ page }) => {
      const reader = await new ReaderPage(page, 'en', FIXTURE).open();
      await page.getByRole('button', { name: 'Reading settings' }).click();
      await page.getByRole('switch', { name: 'Show tashkeel (vowel marks)' }).uncheck();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(bare(HEADLINE));
      await expect(reader.section('new-books').locator('.reader-p').first()).toHaveText(bare(PARAGRAPH));
      // Hydration kept the text shown: no mismatch reported, no second render.
      expect(errors).toEqual([]);

      await page.getByRole('button', { name: 'Reading settings' }).click();
      await page.getByRole('switch', { name: 'Show tashkeel (vowel marks)' }).check();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
      await expect(reader.section('new-books').locator('.reader-p').first()).toHaveText(PARAGRAPH);

      // With the app's scripts blocked, only the head script runs: the marks are hidden all the same.
      await page.getByRole('switch', { name: 'Show tashkeel (vowel marks)' }).uncheck();
      await page.route('**/_next/static/**', (route) =>
        route.request().resourceType() === 'script' ? route.abort() : route.continue(),
      );
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(bare(HEADLINE));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  );

  test('diacritics are never clipped at the tightest line spacing', { tag: '@desktop-only' }, async ({ page }) => {
    await new ReaderPage(page, 'en', FIXTURE).open();
    await choose(page, 'Line spacing', 'Tight');
    await choose(page, 'Typeface', 'Amiri');
    // No element between a paragraph and the page hides what overflows its box; one that clips
    // by containment (a section laid out only near the screen) leaves a paragraph's marks half an
    // em of room on every side, inside the box it clips at.
    const clipped = await page.locator('.reader-p').evaluateAll((paragraphs) =>
      paragraphs.flatMap((p) => {
        const room = parseFloat(getComputedStyle(p).fontSize) / 2;
        const inked = p.getBoundingClientRect();
        for (let element: Element | null = p; element; element = element.parentElement) {
          const style = getComputedStyle(element);
          if ([style.overflowX, style.overflowY].some((value) => value !== 'visible'))
            return [`${element.tagName}.${element.className}`];
          const contained = style.contentVisibility === 'auto' || /paint|strict|content/.test(style.contain);
          const box = element.getBoundingClientRect();
          if (
            contained &&
            (inked.top - room < box.top ||
              inked.bottom + room > box.bottom ||
              inked.left < box.left ||
              inked.right > box.right)
          )
            return [`${element.tagName}#${element.id} clips a paragraph's marks`];
        }
        return [];
      }),
    );
    expect(clipped).toEqual([]);
  });
});
