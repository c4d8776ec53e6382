/**
 * Re-signs the webhook examples of schemas/exchange/asyncapi.yaml after an example payload was edited:
 * `webhook-signature` becomes the Standard Webhooks signature of the payload as compact JSON under the documented
 * example secret. Run: npx tsx --conditions=@gpos/source scripts/sign-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';
import { signWebhook } from '../src/index.js';

export const EXAMPLE_SECRET = 'whsec_R1BPUyBleGFtcGxlIHNlY3JldCAtIG5vdCBmb3IgdXNlIQ==';
const file = fileURLToPath(new URL('../../../schemas/exchange/asyncapi.yaml', import.meta.url));

const doc = parseDocument(readFileSync(file, 'utf8'));
const messages = doc.getIn(['components', 'messages']);
if (!isMap(messages)) throw new Error('components.messages not found');
let signed = 0;
for (const { value: message } of messages.items) {
  if (!isMap(message)) continue;
  const examples = message.get('examples');
  if (!isSeq(examples)) continue;
  for (const example of examples.items) {
    if (!isMap(example)) continue;
    const payload = (example.get('payload') as { toJSON(): unknown }).toJSON() as { id: string };
    const timestamp = Number(example.getIn(['headers', 'webhook-timestamp']));
    example.setIn(['headers', 'webhook-id'], payload.id);
    example.setIn(['headers', 'webhook-signature'], await signWebhook({ id: payload.id, timestamp, body: JSON.stringify(payload), secrets: [EXAMPLE_SECRET] }));
    signed++;
  }
}
const before = readFileSync(file, 'utf8');
const after = doc.toString({ lineWidth: 140 });
if (after !== before) writeFileSync(file, after);
process.stderr.write(`${signed} examples signed; ${after === before ? 'no change' : 'asyncapi.yaml updated'}\n`);
