import type { OprfKey } from '@gpos/sdk';

/** The exchange's OPRF keys, their secret scalars kept for libsodium. */
export class OprfKeys {
  private readonly scalars: Map<string, Uint8Array>;

  constructor(
    keys: readonly OprfKey[],
    /** The key id new evaluations use unless the request names another. */
    readonly current: string,
  ) {
    this.scalars = new Map(keys.map((k) => [k.keyId, k.secretScalar()]));
    if (!this.scalars.has(current)) throw new TypeError(`oprf: the current key ${current} is not among the keys`);
  }

  ids(): string[] {
    return [...this.scalars.keys()];
  }

  scalar(keyId: string): Uint8Array | undefined {
    return this.scalars.get(keyId);
  }
}
