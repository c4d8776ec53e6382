/**
 * Every chunk imported up front: what bundlers get for `@gpos/validate` without the `node` condition (package.json
 * `imports`, `#load`), so the synchronous API keeps working in a bundle, and what the package's own tests run
 * against from src/. Browsers that want the small initial load use `@gpos/validate/browser` instead.
 */
import { normalize, observableId, optionsFromAttributes } from '@gpos/normalize';
import type { ChunkLoader, ChunkModules, ChunkName } from '../chunks.js';
import * as bundle from '../generated/validators/bundle.js';
import * as kase from '../generated/validators/case.js';
import * as commitment from '../generated/validators/commitment.js';
import * as events from '../generated/validators/events.js';
import * as extensions from '../generated/validators/extensions.js';
import * as indicator from '../generated/validators/indicator.js';
import * as operation from '../generated/validators/operation.js';
import * as organization from '../generated/validators/organization.js';
import * as relationship from '../generated/validators/relationship.js';
import * as retraction from '../generated/validators/retraction.js';
import * as sighting from '../generated/validators/sighting.js';
import * as statistic from '../generated/validators/statistic.js';
import * as codelists from './chunks/codelists.js';

const CHUNKS: ChunkModules = {
  bundle,
  case: kase,
  commitment,
  events,
  extensions,
  indicator,
  operation,
  organization,
  relationship,
  retraction,
  sighting,
  statistic,
  codelists,
  normalize: { normalize, observableId, optionsFromAttributes },
};

export const load: ChunkLoader = <K extends ChunkName>(name: K) => CHUNKS[name];
