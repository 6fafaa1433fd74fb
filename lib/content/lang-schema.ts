import { z } from 'zod';
import { LANGS } from './lang';

/** Zod schema of a language code (apart from lang.ts, which every page loads, to keep zod out of it). */
export const langSchema = z.enum(LANGS);
