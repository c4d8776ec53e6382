/**
 * The synchronous core both entry points share: options, and one run of the checks over a value. The entry point
 * (index.ts for Node and bundlers, browser.ts for pages) decides how the chunks the run needs are loaded.
 */
import { check, type CheckOptions } from './engine.js';

const NO_OPTIONS: CheckOptions = Object.freeze({});
import type { ExtensionRegistry } from './extensions/registry.js';
import { failing, type ValidationResult } from './problem.js';

/** Options for `validate`. */
export interface ValidateOptions {
  /** Treat warnings as failures too (as `gpos validate --strict` does). Default false. */
  readonly strict?: boolean;
  /** Turn semantic rules off by code, e.g. `{ disable: ['possible_personal_data_in_text'] }`. Schema checks always run. */
  readonly rules?: { readonly disable?: readonly string[] };
  /**
   * A partner's own extension namespaces (reverse-DNS names such as `com.example.fraud_scores`) with the validator
   * of each, checked beside the standard's registry. Build them with `extensionValidator` from a compiled
   * JSON Schema; `gpos validate --extensions DIR` does it from a folder of schema files.
   */
  readonly extensions?: ExtensionRegistry;
}

/** One run of every check; never throws. */
export function run(value: unknown, options: ValidateOptions, only?: 'record'): ValidationResult {
  try {
    const disable = options.rules?.disable;
    const extensions = options.extensions;
    const checkOptions: CheckOptions = disable ? (extensions ? { disable, extensions } : { disable }) : extensions ? { extensions } : NO_OPTIONS;
    const { problems, records } = check(value, checkOptions, only);
    return { valid: !failing(problems, options.strict ?? false), problems, records };
  } catch (error) {
    // the last line of defence: exotic inputs (throwing getters, proxies, stack exhaustion) become a problem, not an exception
    const message = `The validator could not check this value (${error instanceof Error ? error.message : String(error)}).`;
    return { valid: false, problems: [{ severity: 'error', code: 'internal_error', pointer: '', message }], records: 0 };
  }
}

