// Dexie needs an IndexedDB; Node has none, so every unit test gets an in-memory one.
import 'fake-indexeddb/auto';
