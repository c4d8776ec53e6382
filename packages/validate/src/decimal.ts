const SCALE = 18;
const UNIT = 10n ** BigInt(SCALE);
const DECIMAL = /^(0|[1-9][0-9]{0,17})(?:\.([0-9]{1,18}))?$/;

/** A decimal string of the standard as an integer scaled by 10^18, or undefined when it is not one. */
export function parseDecimal(text: string): bigint | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  // whole digits then exactly SCALE fraction digits: the scaled integer, in one conversion
  return BigInt(match[1]! + (match[2] ?? '').padEnd(SCALE, '0'));
}

/** Formats a scaled integer back to a decimal string with at least `places` decimals. */
export function formatDecimal(value: bigint, places = 0): string {
  const whole = value / UNIT;
  let fraction = (value % UNIT).toString().padStart(SCALE, '0').replace(/0+$/, '');
  if (fraction.length < places) fraction = fraction.padEnd(places, '0');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** How many decimal places a decimal string is written with. */
export function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
