import { readFileSync } from 'node:fs';
import type { Bundle, Commitment, Indicator, Organization, VictimCase } from '@gpos/types';

const root = new URL('../../../conformance/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, root), 'utf8')) as { tests: { description: string; data: unknown; valid: boolean; problems?: string[] }[] }[];

const validData = (file: string) => read(file).flatMap((g) => g.tests.filter((t) => t.valid && (t.problems ?? []).length === 0).map((t) => t.data));

export const validBundle = validData('bundle/schema.json').find((b) => (b as Bundle).type === 'bundle') as Bundle;
export const indicator = validBundle.records.find((r) => r.type === 'indicator') as unknown as Indicator;
export const victimCase = validBundle.records.find((r) => r.type === 'case') as unknown as VictimCase;
export const commitment = validBundle.records.find((r) => r.type === 'commitment') as unknown as Commitment;
export const organization = validBundle.records.find((r) => r.type === 'organization') as unknown as Organization;

/** One valid indicator per kind, with a canonical value, from the conformance corpus. */
export const indicatorsByKind: Indicator[] = validData('indicator/kinds.json') as Indicator[];
/** Every valid case from the conformance corpus (rich in personal fields). */
export const cases: VictimCase[] = validData('case/parts.json') as VictimCase[];

export const clone = <T>(v: T): T => structuredClone(v);
