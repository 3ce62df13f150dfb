import { describe, expect, it } from 'vitest';
import { SpeechQueue, type Line, type Synthesis } from './speech';

type Utterance = SpeechSynthesisUtterance & { text: string };

/** A scripted speech synthesis: records what it was asked to say; `finish` ends the current line. */
function scriptedSynthesis(voices: { lang: string; name: string }[]) {
  const said: { text: string; lang: string; voice: string | undefined }[] = [];
  let current: Utterance | null = null;
  const calls: string[] = [];
  const synthesis: Synthesis = {
    speak: (utterance) => {
      current = utterance as Utterance;
      said.push({ text: current.text, lang: current.lang, voice: current.voice?.name });
    },
    cancel: () => calls.push('cancel'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    getVoices: () => voices as SpeechSynthesisVoice[],
  };
  const finish = () => current?.onend?.({} as SpeechSynthesisEvent);
  const fail = (error: string) => current?.onerror?.({ error } as SpeechSynthesisErrorEvent);
  return { synthesis, said, calls, finish, fail };
}

const utterance = (text: string) => ({ text }) as Utterance;
const line = (text: string, lang: 'ar' | 'en' = 'ar'): Line<string> => ({ text, lang, element: text });
const SECTIONS = [[line('مقدمة')], [line('عنوان'), line('فقرة'), line('A summary', 'en')], [line('خاتمة')]];

function queueOver(sections: Line<string>[][]) {
  const speech = scriptedSynthesis([
    { lang: 'en-GB', name: 'Daniel' },
    { lang: 'ar-SA', name: 'Maged' },
  ]);
  const events: string[] = [];
  const queue = new SpeechQueue(speech.synthesis, utterance, (index) => sections[index]!, sections.length, {
    line: (l) => events.push(`line ${l.element}`),
    section: (index) => events.push(`section ${index}`),
    end: () => events.push('end'),
  });
  return { ...speech, events, queue };
}

describe('the speech queue', () => {
  it('reads from the section asked for to the end, each line in its language with a voice for it', () => {
    const { queue, said, events, finish } = queueOver(SECTIONS);
    queue.play(1);
    for (let i = 0; i < 4; i++) finish();
    expect(said).toEqual([
      { text: 'عنوان', lang: 'ar', voice: 'Maged' },
      { text: 'فقرة', lang: 'ar', voice: 'Maged' },
      { text: 'A summary', lang: 'en', voice: 'Daniel' },
      { text: 'خاتمة', lang: 'ar', voice: 'Maged' },
    ]);
    expect(events).toEqual([
      'section 1',
      'line عنوان',
      'line فقرة',
      'line A summary',
      'section 2',
      'line خاتمة',
      'end',
    ]);
  });

  it('skips a section with nothing to read', () => {
    const { queue, said, finish } = queueOver([[line('أ')], [], [line('ب')]]);
    queue.play(0);
    finish();
    expect(said.map((s) => s.text)).toEqual(['أ', 'ب']);
  });

  it('stops at once: the line that was being read ending later starts nothing', () => {
    const { queue, said, events, calls, finish } = queueOver(SECTIONS);
    queue.play(0);
    queue.stop();
    finish();
    expect(said.map((s) => s.text)).toEqual(['مقدمة']);
    expect(events).not.toContain('end');
    expect(calls).toEqual(['cancel', 'cancel']);
  });

  it('pauses and resumes the synthesis', () => {
    const { queue, calls } = queueOver(SECTIONS);
    queue.play(0);
    queue.pause();
    queue.resume();
    expect(calls).toEqual(['cancel', 'pause', 'resume']);
  });

  it('a cancel is not a failure; any other error ends the reading', () => {
    const { queue, events, fail } = queueOver(SECTIONS);
    queue.play(0);
    fail('interrupted');
    expect(events).not.toContain('end');
    fail('synthesis-failed');
    expect(events.at(-1)).toBe('end');
  });

  it('a new reading replaces the one under way', () => {
    const { queue, said, finish } = queueOver(SECTIONS);
    queue.play(0);
    queue.play(2);
    finish();
    expect(said.map((s) => s.text)).toEqual(['مقدمة', 'خاتمة']);
  });
});
