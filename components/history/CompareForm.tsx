import { getTranslations } from 'next-intl/server';
import type { Version } from '@/lib/history/versionStore';

/**
 * Any two versions, chosen without JavaScript: a GET form whose `?from=&to=` the proxy sends to
 * the pair's own page (`/history/<from>/<to>`, cached like any page).
 */
export async function CompareForm({
  action,
  versions,
  from,
  to,
}: {
  action: string;
  versions: Version[];
  from: number;
  to: number;
}) {
  const t = await getTranslations('History');
  const options = versions.map(({ version }) => (
    <option key={version} value={version}>
      {t('version', { n: version })}
    </option>
  ));
  return (
    <form action={action} method="get" className="mt-6 flex flex-wrap items-end gap-3">
      <fieldset className="contents">
        <legend className="sr-only">{t('compareLegend')}</legend>
        {(['from', 'to'] as const).map((name) => (
          <div key={name} className="flex flex-col text-sm">
            <label htmlFor={`compare-${name}`}>{t(name)}</label>
            <select
              id={`compare-${name}`}
              name={name}
              defaultValue={name === 'from' ? from : to}
              className="mt-1 rounded border border-rule bg-paper p-2"
            >
              {options}
            </select>
          </div>
        ))}
        <button type="submit" className="rounded border border-rule px-4 py-2 font-bold">
          {t('compare')}
        </button>
      </fieldset>
    </form>
  );
}
