'use client';
import { useEffect, useState } from 'react';

/** The current time, updated every `intervalMs` (a minute by default), for counts that depend on it. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
