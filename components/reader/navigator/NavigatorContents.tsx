import type { ReactNode } from 'react';
import type { NavigatorEntry } from './navigatorTypes';
import { NavigatorList } from './NavigatorList';
import { Digits } from '@/components/site/Digits';

interface NavigatorContentsProps {
  titleId: string;
  title: string;
  /** "Section 3 of 8". */
  position: string;
  percent: string;
  entries: NavigatorEntry[];
  current: number;
  onChoose: (index: number) => void;
  /** Beside the title: the dialog's close button. */
  action?: ReactNode;
  className: string;
}

/** The navigator's contents, in the sidebar and in the phone dialog alike. */
export function NavigatorContents({
  titleId,
  title,
  position,
  percent,
  entries,
  current,
  onChoose,
  action,
  className,
}: NavigatorContentsProps) {
  return (
    <nav aria-labelledby={titleId} className={className}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {action}
      </div>
      <p className="mb-2 text-sm text-muted">
        <Digits>{position}</Digits>
      </p>
      <div className="mb-4 h-1 rounded bg-rule" aria-hidden="true">
        <div className="h-full rounded bg-accent transition-[inline-size]" style={{ inlineSize: percent }} />
      </div>
      <NavigatorList entries={entries} current={current} onChoose={onChoose} />
    </nav>
  );
}
