/** A fresh 32-bit seed for a new test (lib/exam takes seeds in; the UI draws them). */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] ?? 0;
}

/** A fresh id for an attempt. */
export function newAttemptId(): string {
  return crypto.randomUUID();
}
