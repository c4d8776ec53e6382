import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** The server as a separate process (configured by `env`), so it can be killed without warning or run twice. */
export function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(process.execPath, ['--conditions=@gpos/source', '--import', 'tsx', MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(err);
      if (match) resolve({ child, endpoint: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}
