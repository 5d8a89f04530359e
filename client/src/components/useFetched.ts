// Loads data for a key and forgets stale answers when the key changes (fast clicking between nodes).
import { useEffect, useState } from 'react';

export type Fetched<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; value: T };

export function useFetched<T>(key: string | null, load: (key: string) => Promise<T>, refresh = 0): Fetched<T> | null {
  const [result, setResult] = useState<{ key: string; value: Fetched<T> } | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setResult({ key, value: { status: 'loading' } });
    load(key).then(
      (value) => live && setResult({ key, value: { status: 'ready', value } }),
      (err: unknown) => live && setResult({ key, value: { status: 'failed', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
    // `load` is a module function per call site; only the key and explicit refreshes matter.
  }, [key, refresh]);
  if (key === null) return null;
  return result?.key === key ? result.value : { status: 'loading' };
}
