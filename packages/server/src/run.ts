import { describeStorage, openStorage, type OpenStorageOptions } from './open-storage.js';
import { ExchangeServer, type ExchangeServerOptions, type Partner } from './server.js';

export interface StartExchangeOptions extends OpenStorageOptions, Omit<Partial<ExchangeServerOptions>, 'storage' | 'partners'> {
  readonly partners: readonly Partner[];
  /** Port to listen on; 0 picks a free one. Default 8787. */
  readonly port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  readonly host?: string;
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
  const { databaseUrl, schema, dataDir, port = 8787, host = '127.0.0.1', ...serverOptions } = options;
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
