import { validate } from '@gpos/validate';

/** The validation problems `checkBundle` reports at most. */
export const MAX_PROBLEMS = 1000;

/**
 * Runs in a worker thread (see check-pool.ts): validates a bundle off the event loop, so one large bundle does not
 * hold up every other request. Answers whether it is valid, its error count and its first problems.
 */
export default function checkInWorker(bundle: unknown): { valid: boolean; errors: number; problems: ReturnType<typeof validate>['problems'] } {
  const result = validate(bundle);
  return { valid: result.valid, errors: result.problems.filter((p) => p.severity === 'error').length, problems: result.problems.slice(0, MAX_PROBLEMS) };
}
