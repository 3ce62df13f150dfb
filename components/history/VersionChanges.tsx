import { getTranslations } from 'next-intl/server';
import type { PartChange } from '@/lib/history/compareVersions';
import { DiffText } from './DiffText';

/** Every changed part of an article between two versions, each under its name, Arabic right to left. */
export async function VersionChanges({ changes }: { changes: PartChange[] }) {
  const t = await getTranslations('History');
  const body = await getTranslations('ArticleBody');
  const labels = { removed: t('removed'), added: t('added'), marks: (before: string) => t('marks', { before }) };
  if (!changes.length) return <p className="mt-4 text-muted">{t('noChanges')}</p>;
  const named: Record<string, string> = {
    headline: t('headline'),
    byline: t('byline'),
    summary: t('summary'),
    glossary: t('glossary'),
    lead: body('leadHeading'),
  };
  return (
    <div className="mt-4 space-y-8">
      {changes.map((change) => (
        <section key={change.id} aria-labelledby={`change-${change.id}`} className="border-t border-rule pt-4">
          <h3 id={`change-${change.id}`} className="text-lg font-bold">
            {named[change.id] ?? <bdi lang="ar">{change.heading ?? change.id}</bdi>}
          </h3>
          {change.arabic && (
            <div lang="ar" dir="rtl" className="mt-2 font-arabic text-xl leading-loose">
              <p className="sr-only">{t('arabic')}</p>
              <DiffText parts={change.arabic} labels={labels} />
            </div>
          )}
          {change.english && (
            <div lang="en" dir="ltr" className="mt-2 text-base leading-relaxed">
              <p className="sr-only">{t('english')}</p>
              <DiffText parts={change.english} labels={labels} />
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
