/** The deepest nesting of a JSON value, walked without recursion so hostile depth cannot overflow the stack. */
export function depthExceeds(root: unknown, max: number): string | undefined {
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  while (stack.length > 0) {
    const [value, depth, pointer] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= max) return pointer;
    for (const [key, child] of Object.entries(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
  }
  return undefined;
}
