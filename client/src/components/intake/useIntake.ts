// The intake state for components ("Add article"), and a clock for progress lines.
import { useEffect, useState } from 'react';
import { useServices, useValue } from '../../app/context';
import type { IntakeState } from '../../model/intake';

export function useIntake(): IntakeState {
  return useValue(useServices().intake.store);
}

/** Seconds since `since` (ms), ticking while it is set. */
export function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.round((now - since) / 1000));
}
