import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readSchemas } from '../scripts/sources.js';

// Ajv and ajv-formats are CommonJS with `exports.default`: take the default explicitly under NodeNext.
const Ajv2020 = Ajv2020Module.default;
type Ajv2020 = InstanceType<typeof Ajv2020>;
const addFormats = addFormatsModule.default;

/** The non-standard keywords of the standard, so Ajv's strict mode accepts them as annotations. */
export const ANNOTATION_KEYWORDS = ['x-gpos-codelist', 'x-gpos-personal-data', 'x-gpos-dispatch'];

/** A runtime Ajv over the raw schema files: the independent check the generated code is compared with. */
export function runtimeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  for (const { schema } of readSchemas()) ajv.addSchema(schema);
  return ajv;
}
