'use client';
import { useEffect, useState } from 'react';

/** A number that changes every minute, to recount what is due as time passes. */
export function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((value) => value + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return tick;
}
