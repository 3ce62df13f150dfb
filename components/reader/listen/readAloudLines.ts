import { READER_CLASS, READER_SELECTOR } from '@/lib/browser/readerDom';
import { writtenText } from '@/lib/tashkeel/tashkeelView';
import type { Line } from './speech';
import { voiceFor } from './voices';

/** Where the reading line sits (as the scroll spy's band): 12% down the viewport. */
const READING_LINE = 0.12;

/** The article's sections on the page, the lead first. */
export const pageSections = () => Array.from(document.querySelectorAll<HTMLElement>(READER_SELECTOR.sections));

/**
 * A section read aloud: its Arabic heading and paragraphs as written (with their tashkeel, even
 * when hidden), then its English summary if shown and an English voice exists.
 */
export function linesOf(section: HTMLElement): Line<HTMLElement>[] {
  const lines: Line<HTMLElement>[] = [];
  const heading = section.querySelector<HTMLElement>('h2');
  // The lead's heading is the UI's word for "Introduction", not the article's: not read.
  if (heading && !heading.classList.contains(READER_CLASS.leadTitle)) {
    lines.push({ text: writtenText(heading), lang: 'ar', element: heading });
  }
  for (const paragraph of section.querySelectorAll<HTMLElement>(READER_SELECTOR.paragraph)) {
    lines.push({ text: writtenText(paragraph), lang: 'ar', element: paragraph });
  }
  if (document.documentElement.dataset.summary === 'on' && voiceFor(window.speechSynthesis.getVoices(), 'en')) {
    for (const part of section.querySelectorAll<HTMLElement>(READER_SELECTOR.englishSummaryLines)) {
      lines.push({ text: part.textContent ?? '', lang: 'en', element: part });
    }
  }
  return lines.filter((line) => line.text.trim());
}

/** Keeps the line being read in view: near the reading line, where the navigator looks. */
export function keepInView(element: HTMLElement) {
  const top = element.getBoundingClientRect().top;
  const height = window.innerHeight;
  if (top >= height * READING_LINE && top <= height * 0.6) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: top + window.scrollY - height * 0.15, behavior: smooth ? 'smooth' : 'instant' });
}
