/**
 * Problem codes the validator itself reports, outside the schema and the rules: input that is not a record,
 * a record of no known family, nesting too deep or strings too long to be real data, and a validator failure.
 */
export const ENGINE_PROBLEM_CODES = ['not_a_record', 'unknown_record_type', 'too_deep', 'too_long', 'internal_error'] as const;
