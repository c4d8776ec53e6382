type Obj = Record<string, unknown>;

export function getAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Obj)[key];
  }
  return current;
}

/** Sets a value, creating plain objects on the way; refuses prototype keys so a hostile heading cannot pollute. */
export function setAt(target: Obj, path: readonly string[], value: unknown): void {
  let current = target;
  for (const [i, key] of path.entries()) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error(`"${key}" is not a field name`);
    if (i === path.length - 1) {
      current[key] = value;
      return;
    }
    if (!current[key] || typeof current[key] !== 'object') current[key] = {};
    current = current[key] as Obj;
  }
}

export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
