import type { BundleRecord, Retraction } from '@gpos/types';
import { GPOS_EXTENSION_DEFINITION, GPOS_STANDARD_IDENTITY, identityIdFor } from './extension.js';
import { stixIdFor } from './ids.js';
import type { Loss } from './loss.js';
import { observableToStix } from './observables.js';
import { tlpMarkingDefinitionsFor } from './tlp.js';
import {
  caseToStix,
  fullRecord,
  indicatorToStix,
  OPERATION_STIX_TYPE,
  operationToStix,
  organizationToStix,
  relationshipToStix,
  retractionToStix,
  sightingToStix,
  stubIdentity,
  type StixObject,
} from './to-stix.js';

/** What one step of a streamed export produced: the STIX objects to write now and what could not be carried. */
export interface StixStreamStep {
  readonly objects: StixObject[];
  readonly losses: Loss[];
}

export interface StixExportStreamOptions {
  /**
   * Most ids each index remembers (objects written, observables, organisations, operations): what bounds the memory
   * of a stream of any length. Past it the written-objects index starts again (an observable shared by records far
   * apart may then be written twice, with the same id and content, which STIX consumers merge) and no new
   * observable is indexed (a later relationship or sighting that names only an observable is reported
   * `unresolved_reference`). Default 1,000,000.
   */
  readonly maxRemembered?: number;
  /** Most relationships and sightings held back for a record not seen yet. Default 100,000. */
  readonly maxDeferred?: number;
}

/**
 * `toStix` one record at a time, for feeds too large to hold: `push` each record and write the objects it returns,
 * then write what `end` returns. The objects are those `toStix` writes for the same records, with the ids, with
 * three differences a streamed bundle cannot avoid, none of which loses data:
 * - every version of a record is written (STIX allows several versions of an object in a bundle; a consumer keeps
 *   the latest `modified`), where `toStix` writes only the latest;
 * - an observable named by several indicators keeps the TLP of the first (its value is already disclosed at that
 *   TLP by that indicator's pattern), where `toStix` marks it with the strictest;
 * - relationships and sightings that name a record later in the stream are written at the end.
 * Memory is bounded by the indexes (ids only), never by the number of records: see {@link StixExportStreamOptions}.
 */
export class StixExportStream {
  private readonly maxRemembered: number;
  private readonly maxDeferred: number;
  private written = new Set<string>();
  /** Organisation record id → identity id, operation id → its STIX id, observable id → SCO id. */
  private readonly refIndex = new Map<string, string>();
  private readonly indicatorsByObservable = new Map<string, string>();
  private readonly organizations = new Set<string>();
  private readonly named = new Set<string>();
  private readonly deferred: BundleRecord[] = [];
  private readonly markings = new Set<string>();
  private started = false;
  private ended = false;

  constructor(options: StixExportStreamOptions = {}) {
    this.maxRemembered = options.maxRemembered ?? 1_000_000;
    this.maxDeferred = options.maxDeferred ?? 100_000;
  }

  /** The objects for one record (and, before the first, the extension-definition and the standard's identity). */
  push(input: BundleRecord): StixStreamStep {
    if (this.ended) throw new Error('StixExportStream: push after end');
    const objects: StixObject[] = [];
    const losses: Loss[] = [];
    const add = (o: StixObject) => this.emit(o, objects);
    this.start(add);
    const record = fullRecord(input);
    if (!record) {
      const revoked = retractionToStix(input as Retraction, losses);
      if (revoked) {
        this.named.add((input as Retraction).source);
        add(revoked);
      }
      return { objects, losses };
    }
    if (record.source) this.named.add(record.source);
    switch (record.type) {
      case 'indicator': {
        const before = objects.length;
        indicatorToStix(record, EMPTY, add, losses);
        if (record.observable.id && this.refIndex.size < this.maxRemembered) {
          // the SCO is the object after the indicator; written now or already, its id is what a reference needs
          const sco = objects.slice(before).find((o) => o.type !== 'indicator' && o.type !== 'relationship');
          this.refIndex.set(record.observable.id, sco?.id ?? observableToStix(record.observable).sco.id);
          this.indicatorsByObservable.set(record.observable.id, stixIdFor('indicator', record.id));
        }
        break;
      }
      case 'organization':
        this.refIndex.set(record.id, identityIdFor(record.identifier));
        this.organizations.add(record.identifier);
        add(organizationToStix(record, losses));
        break;
      case 'case':
        add(caseToStix(record, losses));
        break;
      case 'operation':
        this.refIndex.set(record.id, stixIdFor(OPERATION_STIX_TYPE[record.kind] ?? 'campaign', record.id));
        add(operationToStix(record, losses));
        break;
      case 'relationship':
        if (this.resolve(record.source_ref) && this.resolve(record.target_ref)) add(relationshipToStix(record, (ref) => this.resolve(ref), losses)!);
        else this.defer(record, losses);
        break;
      case 'sighting':
        if (record.observed_by) this.named.add(record.observed_by);
        if (record.indicator_ref || (record.observable_id && this.indicatorsByObservable.has(record.observable_id))) {
          const object = sightingToStix(record, this.indicatorsByObservable, losses);
          if (object) add(object);
        } else this.defer(record, losses);
        break;
      default:
        losses.push({ object: record.id, pointer: '', code: 'no_counterpart', message: `STIX 2.1 has no object for a GPOS ${record.type}; it is not exported.` });
    }
    return { objects, losses };
  }

  /** What is left: relationships and sightings held back (written, or reported unresolved now) and the identities of organisations named but not exported. */
  end(): StixStreamStep {
    if (this.ended) throw new Error('StixExportStream: end called twice');
    const objects: StixObject[] = [];
    const losses: Loss[] = [];
    const add = (o: StixObject) => this.emit(o, objects);
    this.start(add);
    this.ended = true;
    for (const record of this.deferred) {
      if (record.type === 'relationship') {
        const object = relationshipToStix(record as Parameters<typeof relationshipToStix>[0], (ref) => this.resolve(ref), losses);
        if (object) add(object);
      } else {
        const object = sightingToStix(record as Parameters<typeof sightingToStix>[0], this.indicatorsByObservable, losses);
        if (object) add(object);
      }
    }
    this.deferred.length = 0;
    for (const orgRef of this.named) if (!this.organizations.has(orgRef)) add(stubIdentity(orgRef));
    return { objects, losses };
  }

  /** The objects every bundle starts with: the GPOS extension-definition and the identity of the standard that publishes it. */
  private start(add: (o: StixObject) => void): void {
    if (this.started) return;
    this.started = true;
    add({ ...GPOS_STANDARD_IDENTITY });
    add({ ...GPOS_EXTENSION_DEFINITION, extension_types: [...GPOS_EXTENSION_DEFINITION.extension_types] });
  }

  private emit(object: StixObject, into: StixObject[]): void {
    // a TLP 2.0 marking-definition goes out before the first object that references it, once per stream
    for (const marking of tlpMarkingDefinitionsFor([object])) {
      if (this.markings.has(marking.id)) continue;
      this.markings.add(marking.id);
      into.push(marking);
    }
    const key = typeof object.modified === 'string' ? `${object.id}@${object.modified}` : object.id;
    if (this.written.has(key)) return;
    if (this.written.size >= this.maxRemembered) this.written = new Set();
    this.written.add(key);
    into.push(object);
  }

  private resolve(ref: string): string | undefined {
    const known = this.refIndex.get(ref);
    if (known) return known;
    const family = ref.slice(0, ref.indexOf('--'));
    if (family === 'indicator' || family === 'sighting' || family === 'relationship') return stixIdFor(family, ref);
    if (family === 'case') return stixIdFor('incident', ref);
    return undefined;
  }

  private defer(record: BundleRecord, losses: Loss[]): void {
    if (this.deferred.length < this.maxDeferred) {
      this.deferred.push(record);
      return;
    }
    // too many forward references to hold: reported now, as toStix reports a reference it cannot resolve
    if (record.type === 'relationship') relationshipToStix(record as Parameters<typeof relationshipToStix>[0], () => undefined, losses);
    else sightingToStix(record as Parameters<typeof sightingToStix>[0], new Map(), losses);
  }
}

const EMPTY: ReadonlyMap<string, StixObject> = new Map();
