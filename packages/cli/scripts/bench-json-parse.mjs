// Baseline (a) of the benchmark: JSON.parse per line, nothing else. Usage: node bench-json-parse.mjs FILE
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let records = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  JSON.parse(line);
  records++;
}
process.stdout.write(`${JSON.stringify({ records })}\n`);
