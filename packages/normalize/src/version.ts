import type { NormalizerInfo } from './types.js';

/**
 * The version recorded in every indicator's `observable.normalizer`. A change to any canonical form is a new
 * major version: peers compare canonical values and ids only between equal majors.
 */
export const NORMALIZER: NormalizerInfo = Object.freeze({ name: '@gpos/normalize', version: '1.0.0' });
