import { fromBase64url } from './base64url.js';

/** The shape of a key id, as the schema's `pseudonym.key_id` pattern allows. */
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** Community keys shorter than this are refused: HMAC-SHA-256 keys should carry at least 256 bits. */
export const MIN_KEY_BYTES = 32;

/** One community key as a partner receives it out of band: its id and its secret bytes (or their base64url). */
export interface CommunityKey {
  /** The key id published with every pseudonym made under it, e.g. `gasa-apac-2026-01`. */
  readonly keyId: string;
  /** The secret: raw bytes, or the same bytes in base64url (padding allowed). At least 32 bytes. */
  readonly secret: Uint8Array | string;
}

export interface KeyringOptions {
  /** The key id used for new pseudonyms. Defaults to the last key given. */
  readonly current?: string;
}

/**
 * The community HMAC keys a partner holds, by key id. New pseudonyms are made under the current key; older
 * keys stay so that pseudonyms made before a rotation still match. Keys are imported into Web Crypto as
 * non-extractable HMAC-SHA-256 keys: once in a keyring, the secret cannot be read back.
 */
export class Keyring {
  readonly #keys: ReadonlyMap<string, CryptoKey>;
  /** The key id new pseudonyms are made under. */
  readonly currentKeyId: string;

  private constructor(keys: ReadonlyMap<string, CryptoKey>, current: string) {
    this.#keys = keys;
    this.currentKeyId = current;
  }

  /**
   * Imports community keys. Throws a TypeError when a key id is malformed or repeated, a secret is not
   * base64url or shorter than 32 bytes, or `current` names no key.
   */
  static async create(keys: readonly CommunityKey[], options: KeyringOptions = {}): Promise<Keyring> {
    if (keys.length === 0) throw new TypeError('Keyring: give at least one community key');
    const imported = new Map<string, CryptoKey>();
    for (const { keyId, secret } of keys) {
      if (!KEY_ID.test(keyId)) throw new TypeError(`Keyring: key id ${JSON.stringify(keyId)} must match ${KEY_ID.source}`);
      if (imported.has(keyId)) throw new TypeError(`Keyring: key id ${keyId} is given twice`);
      let bytes: Uint8Array;
      try {
        bytes = typeof secret === 'string' ? fromBase64url(secret.replace(/=+$/, '')) : secret;
      } catch {
        throw new TypeError(`Keyring: the secret of ${keyId} is not base64url`);
      }
      if (bytes.length < MIN_KEY_BYTES) throw new TypeError(`Keyring: the secret of ${keyId} has ${bytes.length} bytes; community keys need at least ${MIN_KEY_BYTES}`);
      const key = await crypto.subtle.importKey('raw', new Uint8Array(bytes), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
      imported.set(keyId, key);
    }
    const current = options.current ?? keys[keys.length - 1]!.keyId;
    if (!imported.has(current)) throw new TypeError(`Keyring: the current key ${current} is not in the keyring`);
    return new Keyring(imported, current);
  }

  /** A fresh random 32-byte secret, for whoever administers a community key. */
  static generateSecret(): Uint8Array {
    return crypto.getRandomValues(new Uint8Array(MIN_KEY_BYTES));
  }

  /** True when the keyring holds the key with this id. */
  has(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** Every key id held, in the order given. */
  keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  /** HMAC-SHA-256 of `data` under the named key (the current key by default). */
  async mac(data: Uint8Array, keyId: string = this.currentKeyId): Promise<Uint8Array> {
    const key = this.#keys.get(keyId);
    if (!key) throw new TypeError(`Keyring: no key ${keyId}`);
    return new Uint8Array(await crypto.subtle.sign('HMAC', key, new Uint8Array(data)));
  }

  /** Constant-time check that `mac` is the HMAC of `data` under the named key; false for an unknown key. */
  async verifyMac(data: Uint8Array, mac: Uint8Array, keyId: string): Promise<boolean> {
    const key = this.#keys.get(keyId);
    if (!key) return false;
    return crypto.subtle.verify('HMAC', key, new Uint8Array(mac), new Uint8Array(data));
  }
}
