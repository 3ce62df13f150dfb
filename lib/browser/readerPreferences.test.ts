import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_SCRIPT } from './readerPreferences';

/** Runs the inline head script as a browser would, against a stand-in document and storage. */
function runHeadScript(stored: Record<string, string>, search = '', storageThrows = false) {
  const classes = new Set<string>();
  const dataset: Record<string, string> = {};
  const document = { documentElement: { dataset, classList: { add: (name: string) => classes.add(name) } } };
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  runInNewContext(PREFERENCES_SCRIPT, {
    document,
    localStorage,
    location: { search, pathname: '/ar' },
    URLSearchParams,
    window: {},
  });
  return { classes: [...classes], dataset };
}

describe('the preferences script inlined in <head>', () => {
  it('applies the remembered choices and marks the page as scripted', () => {
    const page = runHeadScript({ 'qari:theme': 'sepia', 'qari:ar-size': '3', 'qari:summary': 'on' });
    expect(page.classes).toEqual(['js']);
    expect(page.dataset).toEqual({ theme: 'sepia', arSize: '3', summary: 'on' });
  });

  it('ignores values it does not know', () => {
    expect(runHeadScript({ 'qari:theme': 'neon', 'qari:en-size': '9' }).dataset).toEqual({});
  });

  it('lets a shared link’s ?summary= win over the remembered choice', () => {
    expect(runHeadScript({ 'qari:summary': 'on' }, '?summary=off').dataset).toEqual({ summary: 'off' });
    expect(runHeadScript({}, '?x=1&summary=on').dataset).toEqual({ summary: 'on' });
    expect(runHeadScript({}, '?summary=maybe').dataset).toEqual({});
  });

  it('keeps the defaults when storage is refused', () => {
    expect(runHeadScript({}, '?summary=on', true)).toEqual({ classes: ['js'], dataset: {} });
  });
});
