/** Where the reader's choices live: a `data-*` attribute on <html>, remembered in localStorage. */
export const SUMMARY_STORAGE_KEY = 'qari:summary';
export const SUMMARY_PARAM = 'summary';

/**
 * Runs in <head> before first paint, so the page never flashes the wrong view and stays
 * static: `?summary=on|off` wins (a shared link), else the remembered choice. It also marks
 * <html> with `js`, which lets CSS keep no-JavaScript fallbacks (the phone navigator list).
 */
export const PREFERENCES_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var q=new URLSearchParams(location.search).get('${SUMMARY_PARAM}');var s=q==='on'||q==='off'?q:localStorage.getItem('${SUMMARY_STORAGE_KEY}');if(s==='on')d.dataset.summary='on';}catch(e){}})();`;
