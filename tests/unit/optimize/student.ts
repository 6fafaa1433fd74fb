/** A synthetic student's memory, far enough from ts-fsrs's defaults for the optimiser to notice. */
export const TRUE_PARAMETERS: readonly number[] = [
  0.4, 0.9, 2.3, 10.9, 6.4, 0.8, 2.0, 0.01, 1.5, 0.12, 0.95, 1.9, 0.1, 0.3, 2.3, 0.23, 2.9, 0.5, 0.1, 0.07, 0.3,
];
