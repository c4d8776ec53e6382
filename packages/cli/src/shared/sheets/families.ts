// kept apart from read.ts so the validate command can check --family without loading @gpos/tabular (and ExcelJS)
export const FAMILIES = ['indicator', 'case', 'commitment', 'organization'] as const;
export type Family = (typeof FAMILIES)[number];
export const isFamily = (name: string): name is Family => (FAMILIES as readonly string[]).includes(name);
