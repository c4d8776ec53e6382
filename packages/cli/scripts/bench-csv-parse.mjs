// Baseline of the convert benchmark: csv-parse streaming over the file, nothing else. Usage: node bench-csv-parse.mjs FILE
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = -1; // the heading row is not data
for await (const _ of createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true }))) rows++;
process.stdout.write(`${JSON.stringify({ rows })}\n`);
