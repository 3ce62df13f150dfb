'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

export interface ListenLabels {
  listen: string;
  pause: string;
  resume: string;
  stop: string;
  /** "Reading «{heading}»", "Paused", "Stopped". */
  reading: string;
  paused: string;
  stopped: string;
}

interface Line {
  text: string;
  lang: 'ar' | 'en';
  /** What is highlighted and kept in view while it is read. */
  element: HTMLElement;
}

const SPEAKING = 'is-speaking';
/** Where the reading line sits (as the scroll spy's band): 12% down the viewport. */
const READING_LINE = 0.12;

function voiceFor(lang: 'ar' | 'en'): SpeechSynthesisVoice | null {
  return window.speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(lang)) ?? null;
}

/** The voices once the browser has them (they often arrive a moment after the page). */
function subscribeVoices(onChange: () => void) {
  if (!('speechSynthesis' in window)) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', onChange);
}
const hasArabicVoice = () => 'speechSynthesis' in window && !!voiceFor('ar');

/** A section read aloud: its Arabic heading and paragraphs, then its English summary if shown. */
function linesOf(section: HTMLElement): Line[] {
  const lines: Line[] = [];
  const heading = section.querySelector<HTMLElement>('h2');
  // The lead's heading is the UI's word for "Introduction", not the article's: not read.
  if (heading && !heading.classList.contains('lead-title')) {
    lines.push({ text: heading.textContent ?? '', lang: 'ar', element: heading });
  }
  for (const paragraph of section.querySelectorAll<HTMLElement>('.reader-p')) {
    lines.push({ text: paragraph.textContent ?? '', lang: 'ar', element: paragraph });
  }
  if (document.documentElement.dataset.summary === 'on' && voiceFor('en')) {
    for (const part of section.querySelectorAll<HTMLElement>('.section-summary[lang="en"] :is(h3, p)')) {
      lines.push({ text: part.textContent ?? '', lang: 'en', element: part });
    }
  }
  return lines.filter((line) => line.text.trim());
}

/** The section being read: the one across the reading line (the lead at the top of the page). */
function currentSection(sections: HTMLElement[]): number {
  const line = window.innerHeight * READING_LINE;
  const index = sections.findIndex((section) => section.getBoundingClientRect().bottom > line);
  return Math.max(0, index);
}

/**
 * "Listen": reads the current section aloud with the browser's speech synthesis — the Arabic
 * with an Arabic voice, then the English summary (when shown) with an English voice — and goes
 * on to the next section. The line being read is highlighted and kept in view (so the navigator
 * follows); play/pause/stop, announced politely. Absent where the browser has no Arabic voice.
 */
export function ListenControl({ labels }: { labels: ListenLabels }) {
  const available = useSyncExternalStore(subscribeVoices, hasArabicVoice, () => false);
  const [state, setState] = useState<'idle' | 'playing' | 'paused'>('idle');
  const [status, setStatus] = useState('');
  const run = useRef(0);
  const spoken = useRef<HTMLElement | null>(null);

  const highlight = (element: HTMLElement | null) => {
    spoken.current?.classList.remove(SPEAKING);
    spoken.current = element;
    element?.classList.add(SPEAKING);
  };

  const stop = (announce = true) => {
    run.current++;
    window.speechSynthesis.cancel();
    highlight(null);
    setState('idle');
    if (announce) setStatus(labels.stopped);
  };

  // Leaving the page (or this island going away) ends the reading.
  useEffect(() => {
    if (!available) return;
    const onLeave = () => window.speechSynthesis.cancel();
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, [available]);

  if (!available) return null;

  const play = () => {
    const id = ++run.current;
    const sections = Array.from(document.querySelectorAll<HTMLElement>('.article-body section[id]'));
    let sectionIndex = currentSection(sections);
    let lines = linesOf(sections[sectionIndex]!);
    let lineIndex = 0;
    const announce = () => {
      const heading = sections[sectionIndex]!.querySelector('h2')?.textContent ?? '';
      setStatus(labels.reading.replace('{heading}', heading));
    };
    const next = () => {
      if (id !== run.current) return;
      while (lineIndex >= lines.length) {
        sectionIndex++;
        if (sectionIndex >= sections.length) {
          stop(false);
          setStatus(labels.stopped);
          return;
        }
        lines = linesOf(sections[sectionIndex]!);
        lineIndex = 0;
        announce();
      }
      const line = lines[lineIndex++]!;
      const utterance = new SpeechSynthesisUtterance(line.text);
      utterance.lang = line.lang;
      utterance.voice = voiceFor(line.lang);
      utterance.onend = next;
      utterance.onerror = (event) => {
        // A cancel (stop, leaving) is not a failure; anything else ends the reading quietly.
        if (event.error !== 'canceled' && event.error !== 'interrupted') stop();
      };
      highlight(line.element);
      line.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      window.speechSynthesis.speak(utterance);
    };
    window.speechSynthesis.cancel();
    setState('playing');
    announce();
    next();
  };

  const button = 'rounded-md border border-rule px-3 py-1.5 text-sm font-bold';
  return (
    <div className="listen-control flex items-center gap-2 print:hidden">
      {state === 'idle' && (
        <button type="button" onClick={play} className={button}>
          <span aria-hidden="true">▶ </span>
          {labels.listen}
        </button>
      )}
      {state === 'playing' && (
        <button
          type="button"
          onClick={() => {
            window.speechSynthesis.pause();
            setState('paused');
            setStatus(labels.paused);
          }}
          className={button}
        >
          <span aria-hidden="true">⏸ </span>
          {labels.pause}
        </button>
      )}
      {state === 'paused' && (
        <button
          type="button"
          onClick={() => {
            window.speechSynthesis.resume();
            setState('playing');
            setStatus(
              labels.reading.replace(
                '{heading}',
                spoken.current?.closest('section')?.querySelector('h2')?.textContent ?? '',
              ),
            );
          }}
          className={button}
        >
          <span aria-hidden="true">▶ </span>
          {labels.resume}
        </button>
      )}
      {state !== 'idle' && (
        <button type="button" onClick={() => stop()} className={button}>
          <span aria-hidden="true">■ </span>
          {labels.stop}
        </button>
      )}
      <span role="status" aria-live="polite" className="sr-only">
        {status}
      </span>
    </div>
  );
}
