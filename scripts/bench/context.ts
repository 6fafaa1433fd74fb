import type { Browser } from '@playwright/test';
import type { BenchRow } from './report';

/** What every benchmark part gets: shared browser and servers, created on first use. */
export interface BenchContext {
  /** Playwright's Chromium (the system one), shared by the parts. */
  browser: () => Promise<Browser>;
  /** Origin of the app's export (out/), served with gzip; builds the app first when needed. */
  origin: () => Promise<string>;
  /** Origin of the bare Next.js page (bench/bare/out/), served the same way; builds it when needed. */
  bareOrigin: () => Promise<string>;
  /** Directory of the app's export. */
  outDir: string;
  /** Progress for the console (stderr, so the table on stdout stays clean). */
  log: (message: string) => void;
}

/** A part of `npm run bench`: measures something and returns report rows (see report.ts makeRow). */
export interface BenchPart {
  name: string;
  /** One line for `npm run bench -- --help`. */
  summary: string;
  run: (context: BenchContext) => Promise<BenchRow[] | PartResult>;
}

/** Report rows, and the part's figures in the fields its issue names (written to <part>.json). */
export interface PartResult {
  rows: BenchRow[];
  figures: object[];
}

/** Path to the system Chromium the benchmark drives. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags every benchmark browser starts with: no background traffic to disturb the figures. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update'];

/** A phone's viewport: the app's students (and links in view decide what Next prefetches). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;
