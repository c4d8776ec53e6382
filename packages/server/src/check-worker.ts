import { createHash } from 'node:crypto';
import { signingInput, verifyBundle, type KeySource, type VerifyResult } from '@gpos/sdk';
import { validate } from '@gpos/validate';

/** The validation problems a check reports at most. */
export const MAX_PROBLEMS = 1000;

export interface CheckTask {
  /** The bundle, or (to a worker thread) its JSON text: parsing it there costs a tenth of cloning the object graph here. */
  readonly bundle?: unknown;
  readonly json?: string;
  /** The partner's keys, when they can travel to a worker (a JWK list or set); else the signature was verified already. */
  readonly keys?: KeySource;
}

export interface CheckResult {
  /** The signature check, when `keys` were given. */
  readonly verified?: VerifyResult;
  readonly valid: boolean;
  readonly errors: number;
  readonly problems: ReturnType<typeof validate>['problems'];
  /** The SHA-256 (hex) of the bundle's signing input — what identifies its content — when it is valid. */
  readonly digest?: string;
}

/**
 * Verifies a bundle's signature (when given the keys), validates it and digests its content — on a worker thread (see
 * check-pool.ts), so the event loop goes on with other requests. Validation is skipped once the signature fails.
 */
export default async function check(task: CheckTask): Promise<CheckResult> {
  const { keys } = task;
  const bundle: unknown = task.json === undefined ? task.bundle : JSON.parse(task.json);
  // the bytes the signature covers are kept for the digest, which is of the same bytes: canonicalised once
  const checked = keys === undefined ? undefined : await verifyBundle(bundle, { keys, keepSignedBytes: true });
  if (checked && !checked.ok) return { verified: checked, valid: false, errors: 0, problems: [] };
  const { signed, ...verified } = checked ?? {};
  const result = validate(bundle);
  return {
    ...(checked ? { verified: verified as VerifyResult } : {}),
    ...(result.valid ? { digest: createHash('sha256').update(signed ?? signingInput(bundle as Record<string, unknown>)).digest('hex') } : {}),
    valid: result.valid,
    errors: result.problems.filter((p) => p.severity === 'error').length,
    problems: result.problems.slice(0, MAX_PROBLEMS),
  };
}
