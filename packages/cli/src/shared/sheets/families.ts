// kept apart from read.ts so the validate command can check --family without loading @gpos/tabular (and ExcelJS),
// and written out rather than imported from @gpos/schema so that declaring the commands loads no schema data at
// start-up; test/commands.test.ts holds it to the standard's record families
/** Every record family of the standard: each has a sheet layout and a template. */
export const FAMILIES = ['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic'] as const;
export type Family = (typeof FAMILIES)[number];
export const isFamily = (name: string): name is Family => (FAMILIES as readonly string[]).includes(name);
