import 'client-only';
/**
 * Reading aloud, without React or the page: a queue of lines (an Arabic section's heading and
 * paragraphs, then its English summary) spoken one after another with the browser's speech
 * synthesis, section after section. The synthesis and the lines are handed in, so the queue is
 * unit-tested without a browser (speech.test.ts). Loaded on the first tap on Listen.
 */

import { voiceFor, type Lang } from './voices';

export interface Line<E> {
  text: string;
  lang: Lang;
  /** What is highlighted and kept in view while it is read. */
  element: E;
}

/** The parts of `window.speechSynthesis` the queue uses. */
export interface Synthesis {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface SpeechEvents<E> {
  /** A line starts: highlight it, keep it in view. */
  line(line: Line<E>): void;
  /** Section `index` starts. */
  section(index: number): void;
  /** The last line was read, or a failure ended the reading. */
  end(): void;
}

export class SpeechQueue<E> {
  /** Bumped by every play and stop, so a late `end` event of an older reading does nothing. */
  private run = 0;

  constructor(
    private readonly synthesis: Synthesis,
    private readonly utterance: (text: string) => SpeechSynthesisUtterance,
    /** The lines of section `index` (read when the reading reaches it: the summaries may be shown by then). */
    private readonly linesOf: (index: number) => Line<E>[],
    private readonly sectionCount: number,
    private readonly events: SpeechEvents<E>,
  ) {}

  /** Reads from section `from` to the end of the article. */
  play(from: number) {
    const id = ++this.run;
    let section = Math.min(Math.max(from, 0), this.sectionCount - 1);
    let lines = this.linesOf(section);
    let index = 0;
    const next = () => {
      if (id !== this.run) return;
      while (index >= lines.length) {
        if (++section >= this.sectionCount) return this.finish();
        lines = this.linesOf(section);
        index = 0;
        this.events.section(section);
      }
      const line = lines[index++]!;
      const utterance = this.utterance(line.text);
      utterance.lang = line.lang;
      utterance.voice = voiceFor(this.synthesis.getVoices(), line.lang);
      utterance.onend = next;
      utterance.onerror = (event) => {
        // A cancel (stop, leaving) is not a failure; anything else ends the reading quietly.
        if (id === this.run && event.error !== 'canceled' && event.error !== 'interrupted') this.finish();
      };
      this.events.line(line);
      this.synthesis.speak(utterance);
    };
    this.synthesis.cancel();
    this.events.section(section);
    next();
  }

  pause() {
    this.synthesis.pause();
  }

  resume() {
    this.synthesis.resume();
  }

  /** Stops at once; no event follows. */
  stop() {
    this.run++;
    this.synthesis.cancel();
  }

  private finish() {
    this.stop();
    this.events.end();
  }
}
