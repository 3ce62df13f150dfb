'use client';

import { fillTemplate } from '@/lib/browser/messageTemplate';
import { READER_CLASS, READER_SELECTOR } from '@/lib/browser/readerDom';
import { writtenText } from '@/lib/tashkeel/tashkeelView';
import { useEffect, useRef, useState, useSyncExternalStore, type Ref } from 'react';

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

const SPEAKING = READER_CLASS.speaking;
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
  if (heading && !heading.classList.contains(READER_CLASS.leadTitle)) {
    lines.push({ text: writtenText(heading), lang: 'ar', element: heading });
  }
  for (const paragraph of section.querySelectorAll<HTMLElement>(READER_SELECTOR.paragraph)) {
    lines.push({ text: writtenText(paragraph), lang: 'ar', element: paragraph });
  }
  if (document.documentElement.dataset.summary === 'on' && voiceFor('en')) {
    for (const part of section.querySelectorAll<HTMLElement>(READER_SELECTOR.englishSummaryLines)) {
      lines.push({ text: part.textContent ?? '', lang: 'en', element: part });
    }
  }
  return lines.filter((line) => line.text.trim());
}

/** Keeps the line being read in view: near the reading line, where the navigator looks. */
function keepInView(element: HTMLElement) {
  const top = element.getBoundingClientRect().top;
  const height = window.innerHeight;
  if (top >= height * READING_LINE && top <= height * 0.6) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: top + window.scrollY - height * 0.15, behavior: smooth ? 'smooth' : 'instant' });
}

export type ListenState = 'idle' | 'playing' | 'paused';

/**
 * "Listen": reads a section aloud with the browser's speech synthesis — the Arabic with an
 * Arabic voice, then the English summary (when shown) with an English voice — and goes on to
 * the next section. The line being read is highlighted and kept near the reading line (so the
 * navigator follows). `available` is false where the browser has no Arabic voice.
 */
export function useListen(labels: ListenLabels) {
  const available = useSyncExternalStore(subscribeVoices, hasArabicVoice, () => false);
  const [state, setState] = useState<ListenState>('idle');
  const [status, setStatus] = useState('');
  const run = useRef(0);
  const spoken = useRef<HTMLElement | null>(null);

  const highlight = (element: HTMLElement | null) => {
    spoken.current?.classList.remove(SPEAKING);
    spoken.current = element;
    element?.classList.add(SPEAKING);
  };
  const headingOf = (section: Element | null | undefined) => section?.querySelector('h2')?.textContent ?? '';

  const stop = () => {
    run.current++;
    window.speechSynthesis.cancel();
    highlight(null);
    setState('idle');
    setStatus(labels.stopped);
  };

  // Leaving the page (or the reader going away) ends the reading.
  useEffect(() => {
    if (!available) return;
    const onLeave = () => window.speechSynthesis.cancel();
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, [available]);

  /** Starts reading at section `from` (the navigator's current one). */
  const play = (from: number) => {
    const id = ++run.current;
    const sections = Array.from(document.querySelectorAll<HTMLElement>(READER_SELECTOR.sections));
    let sectionIndex = Math.min(Math.max(from, 0), sections.length - 1);
    let lines = linesOf(sections[sectionIndex]!);
    let lineIndex = 0;
    const next = () => {
      if (id !== run.current) return;
      while (lineIndex >= lines.length) {
        if (++sectionIndex >= sections.length) return stop();
        lines = linesOf(sections[sectionIndex]!);
        lineIndex = 0;
        setStatus(fillTemplate(labels.reading, { heading: headingOf(sections[sectionIndex]) }));
      }
      const line = lines[lineIndex++]!;
      const utterance = new SpeechSynthesisUtterance(line.text);
      utterance.lang = line.lang;
      utterance.voice = voiceFor(line.lang);
      utterance.onend = next;
      utterance.onerror = (event) => {
        // A cancel (stop, leaving) is not a failure; anything else ends the reading quietly.
        if (id === run.current && event.error !== 'canceled' && event.error !== 'interrupted') stop();
      };
      highlight(line.element);
      keepInView(line.element);
      window.speechSynthesis.speak(utterance);
    };
    window.speechSynthesis.cancel();
    setState('playing');
    setStatus(fillTemplate(labels.reading, { heading: headingOf(sections[sectionIndex]) }));
    next();
  };

  const pause = () => {
    window.speechSynthesis.pause();
    setState('paused');
    setStatus(labels.paused);
  };
  const resume = () => {
    window.speechSynthesis.resume();
    setState('playing');
    setStatus(fillTemplate(labels.reading, { heading: headingOf(spoken.current?.closest('section')) }));
  };

  return { available, state, status, play, pause, resume, stop };
}

export type Listen = ReturnType<typeof useListen>;

// Media symbols as drawn shapes: the text fonts have no ⏸, and media controls are not mirrored
// in right-to-left interfaces.
const ICONS = { play: 'M4 2.5v11l9-5.5z', pause: 'M4 2.5h3v11H4zm5 0h3v11H9z', stop: 'M3.5 3.5h9v9h-9z' };

interface ButtonProps {
  icon: keyof typeof ICONS;
  label: string;
  onClick: () => void;
  /** While playing, two buttons share the phone's bar: below `sm` they show their symbol only. */
  compact?: boolean;
}

function ListenButton({ icon, label, onClick, compact = false, ref }: ButtonProps & { ref?: Ref<HTMLButtonElement> }) {
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClick}
      className="inline-flex shrink-0 items-center gap-1.5 rounded-md border border-rule px-2.5 py-1.5 text-sm font-bold"
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="currentColor">
        <path d={ICONS[icon]} />
      </svg>
      {/* Hidden on small screens only visually: the name stays for assistive tech. */}
      <span className={compact ? 'max-sm:sr-only' : undefined}>{label}</span>
    </button>
  );
}

/**
 * The listen buttons: Listen, which becomes Pause / Resume (one button throughout, so a
 * keyboard user's focus stays on it), and Stop, which hands focus back to it. Absent without
 * an Arabic voice.
 */
export function ListenButtons({ listen, labels, from }: { listen: Listen; labels: ListenLabels; from: number }) {
  const main = useRef<HTMLButtonElement>(null);
  if (!listen.available) return null;
  const action = {
    idle: { icon: 'play', label: labels.listen, onClick: () => listen.play(from) },
    playing: { icon: 'pause', label: labels.pause, onClick: listen.pause },
    paused: { icon: 'play', label: labels.resume, onClick: listen.resume },
  }[listen.state] as Omit<ButtonProps, 'compact'>;
  const idle = listen.state === 'idle';
  return (
    <div className="listen-control flex items-center gap-1.5 print:hidden">
      <ListenButton ref={main} compact={!idle} {...action} />
      {!idle && (
        <ListenButton
          compact
          icon="stop"
          label={labels.stop}
          onClick={() => {
            listen.stop();
            main.current?.focus();
          }}
        />
      )}
    </div>
  );
}
