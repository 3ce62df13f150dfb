import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleEntry } from '../content/articleEntry';
import { NASKH_FACES } from '../fonts/naskhFaces';
import { OG_SIZE } from './ogSize';

/**
 * Open Graph images (1200×630) of an article, drawn on first request with sharp: libvips lays the
 * text out with Pango and HarfBuzz, so Arabic is shaped (joined letters, right to left) — the
 * SVG-to-image tools behind most OG generators, next/og included, are not. In the site's own
 * face: the Arabic and Latin Noto Naskh files (lib/fonts/naskhFaces.ts), as one family.
 */
const PAPER = '#fbf8f2';
const INK = '#1f1a14';
const MUTED = '#5e554a';
const ACCENT = '#8a3b12';
const FAMILY = 'Noto Naskh Arabic';
const MARGIN = 80;

/**
 * Makes the site's fonts the ones Pango finds: converted to TrueType (fontconfig reads no WOFF2)
 * in a folder of their own, named by a fontconfig file. Call before sharp is first loaded.
 */
export async function loadSiteFonts(root = process.cwd()) {
  const { convert } = await import('fontverter');
  const dir = path.join(tmpdir(), `qari-og-fonts-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  for (const [i, { url }] of NASKH_FACES.entries()) {
    const woff2 = readFileSync(path.join(/*turbopackIgnore: true*/ root, 'public', url));
    writeFileSync(path.join(dir, `naskh-${i}.ttf`), await convert(woff2, 'truetype'));
  }
  const config = path.join(dir, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
  );
  process.env.FONTCONFIG_FILE = config;
}

const escape = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

type Sharp = (typeof import('sharp'))['default'];

/** One block of text, at the largest size up to `size` (pt at 72 dpi = px) that fits the box. */
async function textBlock(
  sharp: Sharp,
  text: string,
  {
    size,
    color,
    bold = false,
    align,
    width,
    height,
  }: { size: number; color: string; bold?: boolean; align: 'left' | 'right'; width: number; height: number },
) {
  for (let pt = size; ; pt -= 2) {
    const markup = `<span foreground="${color}" size="${pt}pt"${bold ? ' weight="bold"' : ''}>${escape(text)}</span>`;
    // Pango mirrors the alignment of a right-to-left paragraph: "left" puts Arabic lines on the right.
    const rtl = /[\u0600-\u06ff]/.test(text[0] ?? '');
    const pango = rtl ? (align === 'right' ? 'left' : 'right') : align;
    const image = sharp({
      text: { text: markup, font: FAMILY, width, dpi: 72, rgba: true, align: pango, wrap: 'word' },
    });
    // Raw pixels: composited below without a PNG encode and decode in between.
    const { info, data } = await image.raw().toBuffer({ resolveWithObject: true });
    if (info.height <= height || pt <= 20) {
      const raw = { width: info.width, height: info.height, channels: info.channels };
      return { input: data, raw, height: Math.min(info.height, height), width: info.width };
    }
  }
}

// The brand line is the same on every card of a language: drawn once.
const brands = new Map<string, ReturnType<typeof textBlock>>();

/** The article's card for one UI language: the Arabic headline; in `en`, the English one above it. */
export async function ogImage(
  article: Pick<ArticleEntry, 'headline' | 'author'>,
  locale: 'ar' | 'en',
): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const width = OG_SIZE.width - 2 * MARGIN;
  const parts = [];
  if (!brands.has(locale))
    brands.set(
      locale,
      textBlock(sharp, locale === 'ar' ? 'قارئ' : 'Qari · قارئ', {
        size: 34,
        color: ACCENT,
        bold: true,
        align: locale === 'ar' ? 'right' : 'left',
        width,
        height: 60,
      }),
    );
  const brand = await brands.get(locale)!;
  parts.push({ ...brand, top: 56, left: locale === 'ar' ? OG_SIZE.width - MARGIN - brand.width : MARGIN });
  let top = 150;
  if (locale === 'en') {
    const english = await textBlock(sharp, article.headline.en, {
      size: 50,
      color: INK,
      bold: true,
      align: 'left',
      width,
      height: 250,
    });
    parts.push({ ...english, top, left: MARGIN });
    top += english.height + 28;
  }
  const arabic = await textBlock(sharp, article.headline.ar, {
    size: locale === 'ar' ? 58 : 34,
    color: locale === 'ar' ? INK : MUTED,
    bold: locale === 'ar',
    align: 'right',
    width,
    height: OG_SIZE.height - top - 110,
  });
  parts.push({ ...arabic, top, left: OG_SIZE.width - MARGIN - arabic.width });
  const byline = await textBlock(sharp, article.author, { size: 26, color: MUTED, align: 'right', width, height: 50 });
  parts.push({ ...byline, top: OG_SIZE.height - 56 - byline.height, left: OG_SIZE.width - MARGIN - byline.width });
  return sharp({ create: { ...OG_SIZE, channels: 4, background: PAPER } })
    .composite(
      parts.map(({ input, raw, top: y, left }) => ({ input, raw, top: Math.round(y), left: Math.round(left) })),
    )
    .png()
    .toBuffer();
}
