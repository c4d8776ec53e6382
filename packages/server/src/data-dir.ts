import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Makes a PGlite data folder private to this user before the database opens it: created 0700 when missing (the
 * umask cannot loosen it), refused when another user owns it or others may write to it (anyone who can write
 * there can replace the database under the exchange), and tightened to 0700 folders and 0600 files when it was
 * merely readable. It holds every record the exchange keeps, TLP:RED included, and the webhook secrets, in clear.
 */
export async function secureDataDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const info = await stat(dir);
  if (!info.isDirectory()) throw new Error(`the data folder ${dir} is not a folder`);
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) throw new Error(`the data folder ${dir} belongs to another user (uid ${info.uid}); it must be this user's own`);
  if (info.mode & 0o022) {
    throw new Error(`others can write to the data folder ${dir} (mode ${(info.mode & 0o777).toString(8)}); make it private (chmod 700) and check what it holds before starting`);
  }
  await restrictTree(dir);
}

/** Folders 0700 and files 0600 under `dir`, `dir` included. */
export async function restrictTree(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await restrictTree(path);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
}

