// Shown while the layout runs in its worker: what is happening, for how long, and a button to stop it.
import { useEffect, useState } from 'react';

export function LayoutProgress({ actors, startedAt, onStop }: { actors: number; startedAt: number; onStop(): void }) {
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((now - startedAt) / 1000));
  return (
    <div className="layout-progress" role="status" aria-live="polite">
      <progress aria-label="Layout in progress" />
      <span>
        Laying out {actors.toLocaleString('en')} actors… {seconds} s
      </span>
      <button type="button" onClick={onStop}>
        Stop layout
      </button>
    </div>
  );
}
