/**
 * The reader's choices live as `data-*` attributes on <html>, remembered in localStorage.
 * One table, read by the inline script (before first paint) and by the settings islands.
 */
export const PREFERENCES = {
  theme: { attribute: 'theme', key: 'qari:theme', values: ['system', 'light', 'dark', 'sepia'] },
  arSize: { attribute: 'arSize', key: 'qari:ar-size', values: ['0', '1', '2', '3', '4'] },
  enSize: { attribute: 'enSize', key: 'qari:en-size', values: ['0', '1', '2', '3', '4'] },
  summary: { attribute: 'summary', key: 'qari:summary', values: ['off', 'on'] },
} as const;

export type PreferenceName = keyof typeof PREFERENCES;

/** `?summary=on|off`: a shared link opens the view it was shared in. */
export const SUMMARY_PARAM = 'summary';

/** Writes one choice to <html> and remembers it; `system` and the middle size are the defaults. */
export function applyPreference(name: PreferenceName, value: string) {
  const { attribute, key } = PREFERENCES[name];
  document.documentElement.dataset[attribute] = value;
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private modes may refuse storage; the choice still holds for this page.
  }
}

const stored = Object.values(PREFERENCES).map(({ attribute, key, values }) => [attribute, key, values]);

/**
 * Runs in <head> before first paint, so the page never flashes the wrong theme, size or
 * view, and stays static: `?summary=on|off` wins (a shared link), else the remembered
 * choices. It also marks <html> with `js`, which lets CSS keep no-JavaScript fallbacks.
 */
export const PREFERENCES_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{${JSON.stringify(stored)}.forEach(function(p){var v=localStorage.getItem(p[1]);if(v&&p[2].indexOf(v)>=0)d.dataset[p[0]]=v;});var q=new URLSearchParams(location.search).get('${SUMMARY_PARAM}');if(q==='on'||q==='off')d.dataset.summary=q;}catch(e){}})();`;
