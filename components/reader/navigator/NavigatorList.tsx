import type { NavigatorEntry } from './navigatorTypes';

interface Props {
  entries: NavigatorEntry[];
  current: number;
  /** A section was chosen: the link's own #id navigation follows. */
  onChoose: (index: number) => void;
}

/** The navigator's list of sections, the current one marked; in the sidebar and in the phone dialog. */
export function NavigatorList({ entries, current, onChoose }: Props) {
  return (
    <ol className="space-y-1">
      {entries.map((item, index) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            aria-current={index === current ? 'location' : undefined}
            onClick={() => onChoose(index)}
            className="nav-entry"
          >
            {/* bdi: Arabic reads right-to-left yet aligns with the UI, in either language. */}
            <span className="block leading-[1.8]">
              <bdi lang={item.lang}>{item.title}</bdi>
            </span>
            {item.english && (
              <span lang="en" dir="ltr" className="block text-sm leading-snug text-muted">
                {item.english}
              </span>
            )}
          </a>
        </li>
      ))}
    </ol>
  );
}
