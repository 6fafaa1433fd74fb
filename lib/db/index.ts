/** The storage API the app uses; nothing outside lib/db imports Dexie or the tables. */
export { readPreferences, savePreferences, type StoredPreferences } from './preferences';
export { readStorageStatus, requestPersistentStorage, type StorageStatus } from './persistence';
