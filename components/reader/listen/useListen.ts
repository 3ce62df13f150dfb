'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { fillTemplate } from '@/lib/browser/messageTemplate';
import { READER_CLASS } from '@/lib/browser/readerDom';
import type { SpeechQueue } from './speech';
import { voiceFor } from './voices';
import type { Messages } from 'next-intl';

/** The Listen messages; `reading` ("Reading “{heading}”") is filled in here. */
export type ListenLabels = Messages['Listen'];

export type ListenState = 'idle' | 'playing' | 'paused';

/** The voices once the browser has them (they often arrive a moment after the page). */
function subscribeVoices(onChange: () => void) {
  if (!('speechSynthesis' in window)) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', onChange);
}
const hasArabicVoice = () => 'speechSynthesis' in window && !!voiceFor(window.speechSynthesis.getVoices(), 'ar');

/** The queue and the page's lines: code most readers never need, loaded on the first tap on Listen. */
const loadReader = () => Promise.all([import('./speech'), import('./readAloudLines')]);

/**
 * "Listen": reads the article aloud from a section on (speech.ts), the line being read
 * highlighted and kept near the reading line (so the navigator follows), with its state and a
 * polite status for the buttons. `available` is false where the browser has no Arabic voice.
 */
export function useListen(labels: ListenLabels) {
  const available = useSyncExternalStore(subscribeVoices, hasArabicVoice, () => false);
  const [state, setState] = useState<ListenState>('idle');
  const [status, setStatus] = useState('');
  const queue = useRef<SpeechQueue<HTMLElement> | null>(null);
  /** Bumped by every play and stop: a stop while the code still loads cancels that play. */
  const runs = useRef(0);
  /** A pause while the code still loads holds the reading as soon as it starts. */
  const paused = useRef(false);
  const spoken = useRef<HTMLElement | null>(null);

  const highlight = (element: HTMLElement | null) => {
    spoken.current?.classList.remove(READER_CLASS.speaking);
    spoken.current = element;
    element?.classList.add(READER_CLASS.speaking);
  };
  const reading = (section: Element | null | undefined) =>
    fillTemplate(labels.reading, { heading: section?.querySelector('h2')?.textContent ?? '' });
  const stopped = () => {
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
  const play = async (from: number) => {
    const run = ++runs.current;
    paused.current = false;
    setState('playing');
    const loaded = await loadReader().catch(() => null);
    if (run !== runs.current) return;
    // Offline before the code was ever loaded: the reading cannot start; say it stopped.
    if (!loaded) return stopped();
    const [{ SpeechQueue }, { keepInView, linesOf, pageSections }] = loaded;
    const sections = pageSections();
    queue.current?.stop();
    queue.current = new SpeechQueue(
      window.speechSynthesis,
      (text) => new SpeechSynthesisUtterance(text),
      (index) => linesOf(sections[index]!),
      sections.length,
      {
        line: (line) => {
          highlight(line.element);
          keepInView(line.element);
        },
        section: (index) => setStatus(reading(sections[index])),
        end: stopped,
      },
    );
    queue.current.play(from);
    if (paused.current) queue.current.pause();
  };

  const pause = () => {
    paused.current = true;
    queue.current?.pause();
    setState('paused');
    setStatus(labels.paused);
  };
  const resume = () => {
    paused.current = false;
    queue.current?.resume();
    setState('playing');
    setStatus(reading(spoken.current?.closest('section')));
  };
  const stop = () => {
    runs.current++;
    queue.current?.stop();
    stopped();
  };

  return { available, state, status, play, pause, resume, stop };
}

export type Listen = ReturnType<typeof useListen>;
