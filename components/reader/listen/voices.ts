/** Lines are read in Arabic or, for the English summaries, in English. */
export type Lang = 'ar' | 'en';

/** The first voice for `lang` (its code starts with it: ar-SA, en-GB…), or null. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: Lang): SpeechSynthesisVoice | null {
  return voices.find((voice) => voice.lang.toLowerCase().startsWith(lang)) ?? null;
}
