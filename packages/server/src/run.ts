import { ORG_REF } from './config.js';
import { describeStorage, openStorage, type OpenStorageOptions } from './open-storage.js';
import { ExchangeServer, type ExchangeServerOptions, type Partner } from './server.js';

export interface StartExchangeOptions extends OpenStorageOptions, Omit<Partial<ExchangeServerOptions>, 'storage' | 'partners'> {
  readonly partners: readonly Partner[];
  /** Port to listen on; 0 picks a free one. Default 8787. */
  readonly port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  readonly host?: string;
  /** More organisations each partner (by org) may speak for, beside its own and its `speaksFor`. */
  readonly speaksFor?: Readonly<Record<string, readonly string[]>>;
}

export interface RunningExchange {
  /** The base URL it listens on. */
  readonly url: string;
  /** Where its data is, without credentials. */
  readonly storage: string;
  readonly server: ExchangeServer;
  /** Stops listening, settles in-flight deliveries and closes the storage. */
  stop(): Promise<void>;
}

/** Opens the storage (PostgreSQL for a `databaseUrl`, else PGlite) and starts an exchange server on it. */
export async function startExchange(options: StartExchangeOptions): Promise<RunningExchange> {
  const { databaseUrl, schema, dataDir, port = 8787, host = '127.0.0.1', speaksFor, ...rest } = options;
  const serverOptions = { ...rest, partners: speaksFor ? withSpeaksFor(rest.partners, speaksFor) : rest.partners };
  const storageOptions = { ...(databaseUrl ? { databaseUrl } : {}), ...(schema ? { schema } : {}), ...(dataDir ? { dataDir } : {}) };
  const storage = await openStorage(storageOptions);
  const server = new ExchangeServer({ ...serverOptions, storage });
  let url: string;
  try {
    url = await server.listen(port, host);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return {
    url,
    storage: describeStorage(storageOptions),
    server,
    async stop() {
      await server.close();
      await storage.close();
    },
  };
}

/** The partners with the organisations `mapping` says each may also speak for. Throws a TypeError for an unknown partner or a malformed reference. */
export function withSpeaksFor(partners: readonly Partner[], mapping: Readonly<Record<string, readonly string[]>>): Partner[] {
  for (const [org, list] of Object.entries(mapping)) {
    if (!partners.some((p) => p.org === org)) throw new TypeError(`speaks-for names ${org}, which is not a partner`);
    const bad = list.find((o) => !ORG_REF.test(o));
    if (bad !== undefined) throw new TypeError(`speaks-for: ${JSON.stringify(bad)} (for ${org}) is not an organisation reference such as TH-GOV:aoc1441`);
  }
  return partners.map((p) => {
    const more = mapping[p.org];
    return more ? { ...p, speaksFor: [...new Set([p.org, ...(p.speaksFor ?? []), ...more])] } : p;
  });
}
