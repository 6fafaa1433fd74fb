/** What the browser says about keeping this app's data. */
export interface StorageStatus {
  supported: boolean;
  /** True when the browser promised not to evict the data under storage pressure. */
  persisted: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Asks the browser to keep the data even when space runs low; resolves to whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Whether storage is persistent and how much of the quota the app uses. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage?.estimate) return { supported: false, persisted: false };
  const [persisted, estimate] = await Promise.all([storage.persisted?.() ?? false, storage.estimate()]);
  return { supported: true, persisted, usageBytes: estimate.usage, quotaBytes: estimate.quota };
}
