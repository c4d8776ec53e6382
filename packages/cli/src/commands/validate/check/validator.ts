import type { ExtensionSource } from './extensions.js';
import type { ValidateFn } from './types.js';

/**
 * Loads `@gpos/validate` on first use, so `gpos --help` and `gpos rules` never pay for the compiled schemas; with
 * local extension schemas (`--extensions`), compiles them too, so each worker thread has its own validators.
 */
export async function loadValidator(extensions: readonly ExtensionSource[] = []): Promise<ValidateFn> {
  const { validate } = await import('@gpos/validate');
  if (extensions.length === 0) return (value, options) => validate(value, options);
  const registry = await (await import('./extensions.js')).compileExtensions(extensions);
  return (value, options) => validate(value, { ...options, extensions: registry });
}
