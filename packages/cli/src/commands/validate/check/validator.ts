import type { ValidateFn } from './types.js';

/** Loads `@gpos/validate` on first use, so `gpos --help` and `gpos rules` never pay for the compiled schemas. */
export async function loadValidator(): Promise<ValidateFn> {
  const { validate } = await import('@gpos/validate');
  return (value, options) => validate(value, options);
}
