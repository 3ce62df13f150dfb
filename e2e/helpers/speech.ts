import { expect, type Page } from '@playwright/test';

// Speech synthesis cannot be driven here: a scripted stand-in, installed before the page loads,
// records every utterance the page asks for and ends one when the test says so.
export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

export async function installSpeech(page: Page, voices: string[]) {
  await page.addInitScript((langs: string[]) => {
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    let current: { onend?: () => void; onerror?: (e: { error: string }) => void } | null = null;
    let paused = false;
    let cancels = 0;
    let firstSpokenAt: number | undefined;
    const synth = {
      getVoices: () =>
        langs.map((lang) => ({ lang, name: `Stand-in ${lang}`, voiceURI: lang, default: false, localService: true })),
      speak(utterance: { text: string; lang: string; voice: { lang: string } | null }) {
        firstSpokenAt ??= performance.now();
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? null });
        current = utterance as never;
      },
      cancel() {
        cancels++;
        const was = current;
        current = null;
        was?.onerror?.({ error: 'canceled' });
      },
      pause: () => void (paused = true),
      resume: () => void (paused = false),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: class {
        lang = '';
        voice = null;
        constructor(readonly text: string) {}
      },
    });
    Object.assign(window, {
      speech: {
        spoken,
        finish: () => {
          const was = current;
          current = null;
          was?.onend?.();
        },
        state: () => ({ paused, cancels, speaking: !!current, firstSpokenAt }),
      },
    });
  }, voices);
}

interface StandIn {
  speech: {
    spoken: Spoken[];
    finish(): void;
    /** `firstSpokenAt`: the page's clock (performance.now) at the first utterance. */
    state(): { paused: boolean; cancels: number; speaking: boolean; firstSpokenAt?: number };
  };
}

/** Every utterance the page asked for, in order. */
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as StandIn).speech.spoken);

/** The stand-in's state: paused, how many cancels, whether a line is being spoken. */
export const speechState = (page: Page) => page.evaluate(() => (window as unknown as StandIn).speech.state());

/** Ends the line being spoken, once there is one (Listen's code loads on the first tap). */
export async function finishLine(page: Page) {
  await expect.poll(async () => (await speechState(page)).speaking).toBe(true);
  await page.evaluate(() => (window as unknown as StandIn).speech.finish());
}
