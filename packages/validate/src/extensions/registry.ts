/** Checks the data of one extension namespace; returns messages for what is wrong, empty when valid. */
export type ExtensionValidator = (data: unknown) => readonly { pointer: string; message: string }[];

/**
 * Registered extension namespaces and the validator of each. Extension schemas ship with the package and are
 * never fetched at run time. None is registered yet in version 1.0 of the standard, so every namespace is
 * reported as `unknown_extension`.
 */
export const EXTENSION_REGISTRY: ReadonlyMap<string, ExtensionValidator> = new Map<string, ExtensionValidator>();
