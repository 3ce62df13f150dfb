import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/formatNumber';

// The switch is a checkbox and the notes follow it through CSS `:has()`: no script, and the
// state survives the live preview's refresh. Its styles travel with it, so that a production
// build, which never renders it, carries no trace of the review view.
const STYLE = `
.qari-review-notes{display:none;margin-block:.5rem 1rem;padding:.5rem .75rem;border-inline-start:3px solid var(--color-accent);background:var(--color-card);font-family:system-ui,sans-serif;font-size:.875rem;line-height:1.5}
html:has(#qari-review:checked) .qari-review-notes{display:block}
.qari-review-notes ul{margin:0;padding:0;list-style:none}
.qari-review-notes li+li{margin-top:.25rem}
.qari-review-notes strong{text-transform:uppercase;font-size:.75rem;letter-spacing:.03em}
.qari-review-notes li[data-level=note] strong{color:var(--color-muted)}
.qari-review-notes code{overflow-wrap:anywhere;color:var(--color-muted)}
.qari-review-switch{display:inline-flex;align-items:center;gap:.5rem;border:1px solid var(--color-rule);border-radius:.375rem;padding:.375rem .75rem;font-size:.875rem}
`;

/** Development only: turns the editor's review notes on and off, and says how many there are. */
export async function ReviewSwitch({ total }: { total: number }) {
  const t = await getTranslations('Review');
  const locale = await getLocale();
  return (
    <label className="qari-review-switch print:hidden">
      <style>{STYLE}</style>
      <input id="qari-review" type="checkbox" role="switch" />
      {t('switch')}: {t('count', { count: total, shown: formatNumber(locale, total) })}
    </label>
  );
}
