'use client';
import { useCallback, useEffect, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '@/lib/db';

/** The browser's storage persistence and usage, with a way to ask for persistence again. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void readStorageStatus().then((next) => {
      if (active) setStatus(next);
    });
    return () => {
      active = false;
    };
  }, []);

  const askForPersistence = useCallback(async () => {
    await requestPersistentStorage();
    setStatus(await readStorageStatus());
  }, []);

  return { status, askForPersistence };
}
