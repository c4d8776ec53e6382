import { RECORD_TYPES } from '@gpos/schema';

// kept apart from read.ts so the validate command can check --family without loading @gpos/tabular (and ExcelJS)
/** Every record family of the standard: each has a sheet layout and a template. */
export const FAMILIES = RECORD_TYPES;
export type Family = (typeof FAMILIES)[number];
export const isFamily = (name: string): name is Family => (FAMILIES as readonly string[]).includes(name);
