'use client';

import { useRef, type Ref } from 'react';
import type { Listen, ListenLabels } from './useListen';

// Media symbols as drawn shapes: the text fonts have no ⏸, and media controls are not mirrored
// in right-to-left interfaces.
const ICONS = { play: 'M4 2.5v11l9-5.5z', pause: 'M4 2.5h3v11H4zm5 0h3v11H9z', stop: 'M3.5 3.5h9v9h-9z' };

interface ButtonProps {
  icon: keyof typeof ICONS;
  label: string;
  onClick: () => void;
  /** While playing, two buttons share the phone's bar: below `sm` they show their symbol only. */
  compact?: boolean;
}

function ListenButton({ icon, label, onClick, compact = false, ref }: ButtonProps & { ref?: Ref<HTMLButtonElement> }) {
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClick}
      className="inline-flex shrink-0 items-center gap-1.5 rounded-md border border-rule px-2.5 py-1.5 text-sm font-bold"
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="currentColor">
        <path d={ICONS[icon]} />
      </svg>
      {/* Hidden on small screens only visually: the name stays for assistive tech. */}
      <span className={compact ? 'max-sm:sr-only' : undefined}>{label}</span>
    </button>
  );
}

/**
 * The listen buttons: Listen, which becomes Pause / Resume (one button throughout, so a
 * keyboard user's focus stays on it), and Stop, which hands focus back to it. Absent without
 * an Arabic voice.
 */
export function ListenButtons({ listen, labels, from }: { listen: Listen; labels: ListenLabels; from: number }) {
  const main = useRef<HTMLButtonElement>(null);
  if (!listen.available) return null;
  const action = {
    idle: { icon: 'play', label: labels.listen, onClick: () => listen.play(from) },
    playing: { icon: 'pause', label: labels.pause, onClick: listen.pause },
    paused: { icon: 'play', label: labels.resume, onClick: listen.resume },
  }[listen.state] as Omit<ButtonProps, 'compact'>;
  const idle = listen.state === 'idle';
  return (
    <div className="listen-control flex items-center gap-1.5 print:hidden">
      <ListenButton ref={main} compact={!idle} {...action} />
      {!idle && (
        <ListenButton
          compact
          icon="stop"
          label={labels.stop}
          onClick={() => {
            listen.stop();
            main.current?.focus();
          }}
        />
      )}
    </div>
  );
}
