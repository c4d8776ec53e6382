import { familySchema, resolve } from './schema-walk.js';

type Node = Record<string, unknown>;

/** How a cell's text becomes a JSON value. */
export type CellType = 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'money_list' | 'json' | 'text';

export interface Column {
  /** The field's path below the sheet's row object, joined with `/`: the machine heading. */
  readonly path: string;
  /** A heading a person reads. */
  readonly title: string;
  readonly type: CellType;
  readonly description: string;
  /** Required whenever the row exists. */
  readonly required: boolean;
  readonly codelist?: string;
  readonly closed?: boolean;
  /** For `list` columns: the type of each item. */
  readonly itemType?: 'string' | 'integer' | 'number';
  /** For date and time columns: a spreadsheet may hand us a typed date for them. */
  readonly temporal?: 'date' | 'date-time' | 'date-or-time';
  /**
   * For a field that takes a plain string or text by language (1.1): its `string` column holds the plain form and
   * its `text` column, of the same path, the languages. Each skips the form it does not hold.
   */
  readonly orText?: 'plain' | 'languages';
}

/** A column that ties a child row to its record and to the enclosing array items. */
export interface KeyColumn {
  /** `case.id`, `metrics.metric_id`, `payments.#`: never clashes with a field path, which uses `/`. */
  readonly heading: string;
  /** The array (as a sheet name) whose item it identifies; empty for the record id. */
  readonly sheet: string;
  /** The identifying field of that item, `id` for the record, or `#` for its 1-based position. */
  readonly field: string;
}

export interface Sheet {
  /** The family for the main sheet; family and array path joined by `.` for child sheets (`case.payments`, `commitment.metrics.periods`). At most 31 characters, Excel's limit. */
  readonly name: string;
  readonly title: string;
  /** Property path from the record root to the array this sheet flattens; empty for the main sheet. */
  readonly arrayPath: readonly string[];
  readonly parent?: string;
  readonly keys: readonly KeyColumn[];
  readonly columns: readonly Column[];
}

export interface SheetModel {
  readonly family: string;
  readonly sheets: readonly Sheet[];
}

/** Fields that identify an array item; where an item has none, its position does. */
const ITEM_ID_FIELDS = ['milestone_id', 'metric_id', 'evidence_id', 'payment_ref'];

const humanise = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const isTextMap = (n: Node) => n.type === 'object' && !n.properties && n.propertyNames !== undefined;
const isObject = (n: Node) => n.type === 'object' && n.properties !== undefined;
/** A plain string or text by language: `anyOf` of a string and the common `text` map (1.1's free-text fields). */
function isStringOrText(n: Node, file: string): boolean {
  if (!Array.isArray(n.anyOf) || n.anyOf.length !== 2) return false;
  const [first, second] = (n.anyOf as Node[]).map((branch) => resolve(branch, file).node);
  return first!.type === 'string' && isTextMap(second!);
}
// a list of money (1.0) or of values (1.1: money or a crypto asset) is one cell, `950000.00 THB; 26899.000000 tron:…`,
// so a 1.0 spreadsheet keeps its columns when the field becomes a value
const isMoney = (n: Node) =>
  isObject(n) && (n.title === 'Value' || (n.title === undefined && Object.keys(n.properties as Node).join() === 'amount,currency'));

function scalarType(n: Node): 'string' | 'integer' | 'number' | 'boolean' | undefined {
  if (n.anyOf || n.const !== undefined) return 'string';
  return n.type === 'string' || n.type === 'integer' || n.type === 'number' || n.type === 'boolean' ? n.type : undefined;
}

function temporalOf(n: Node): { temporal: NonNullable<Column['temporal']> } | Record<string, never> {
  if (n.format === 'date') return { temporal: 'date' };
  if (n.format === 'date-time') return { temporal: 'date-time' };
  if (Array.isArray(n.anyOf)) return { temporal: 'date-or-time' };
  return {};
}

function codelistOf(n: Node): { codelist?: string; closed?: boolean } {
  return typeof n['x-gpos-codelist'] === 'string' ? { codelist: n['x-gpos-codelist'], closed: Array.isArray(n.enum) } : {};
}

interface Frame {
  readonly arrayPath: string[];
  readonly name: string;
  readonly title: string;
  readonly keys: KeyColumn[];
  readonly parent?: string;
}

const models = new Map<string, SheetModel>();

/** Flattens a record family's schema into sheets, as OCDS's flatten-tool does: one sheet per repeated object. */
export function sheetModel(family: string): SheetModel {
  let model = models.get(family);
  if (!model) models.set(family, (model = buildModel(family)));
  return model;
}

function buildModel(family: string): SheetModel {
  const sheets: Sheet[] = [];
  const addSheet = (schema: Node, file: string, frame: Frame): void => {
    const columns: Column[] = [];
    const children: Array<[Node, string, Frame]> = [];
    const walk = (node: Node, nodeFile: string, prefix: string[], titlePrefix: string, required: boolean): void => {
      const requiredKeys = new Set((node.required as string[] | undefined) ?? []);
      for (const [key, declared] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
        if (prefix.length === 0 && frame.arrayPath.length === 0 && key === 'type') continue;
        const { node: field, file: fieldFile } = resolve(declared, nodeFile);
        const path = [...prefix, key];
        const title = titlePrefix ? `${titlePrefix}: ${humanise(key)}` : humanise(key);
        const base = { path: path.join('/'), title, description: String(declared.description ?? field.description ?? ''), required: required && requiredKeys.has(key) };
        if (key === 'extensions' || key === 'attributes' || key === 'data') {
          columns.push({ ...base, type: 'json' });
        } else if (isTextMap(field)) {
          columns.push({ ...base, type: 'text' });
        } else if (isStringOrText(field, fieldFile)) {
          columns.push({ ...base, type: 'string', orText: 'plain' }, { ...base, required: false, type: 'text', orText: 'languages' });
        } else if (field.type === 'array') {
          const { node: items, file: itemFile } = resolve(field.items as Node, fieldFile);
          const itemType = scalarType(items);
          if (isMoney(items)) {
            columns.push({ ...base, type: 'money_list' });
          } else if (itemType && itemType !== 'boolean') {
            columns.push({ ...base, type: 'list', itemType, ...codelistOf(items) });
          } else if (isObject(items)) {
            const arrayPath = [...frame.arrayPath, ...path];
            const name = [family, ...arrayPath].join('.');
            children.push([items, itemFile, {
              arrayPath,
              name,
              title: `${frame.title}: ${title}`,
              parent: frame.name,
              keys: frame.keys,
            }]);
          } else {
            columns.push({ ...base, type: 'json' });
          }
        } else if (isObject(field)) {
          walk(field, fieldFile, path, title, base.required);
        } else {
          columns.push({ ...base, type: scalarType(field) ?? 'json', ...codelistOf(field), ...temporalOf(field) });
        }
      }
    };
    walk(schema, file, [], '', true);
    sheets.push({ name: frame.name, title: frame.title, arrayPath: frame.arrayPath, keys: frame.keys, columns, ...(frame.parent ? { parent: frame.parent } : {}) });
    for (const [items, itemFile, childFrame] of children) {
      // a grandchild row must also say which item of this sheet's array it belongs to
      const ownKey: KeyColumn = frame.arrayPath.length === 0 ? { heading: `${family}.id`, sheet: family, field: 'id' } : keyFor(frame.arrayPath.join('.'), frame.name, columns);
      addSheet(items, itemFile, { ...childFrame, keys: [...frame.keys, ownKey] });
    }
  };
  // the main sheet carries the record id in its own `id` column; child sheets repeat it under `<family>.id`
  addSheet(familySchema(family), `${family}.json`, { arrayPath: [], name: family, title: humanise(family === 'case' ? 'victim_case' : family), keys: [] });
  return { family, sheets };
}

function keyFor(arrayPath: string, sheet: string, columns: readonly Column[]): KeyColumn {
  const field = keyField(columns);
  return { heading: `${arrayPath}.${field}`, sheet, field };
}

const keyField = (columns: readonly Column[]) => columns.find((c) => ITEM_ID_FIELDS.includes(c.path))?.path ?? '#';

/** The field a child row uses to name an item of this sheet: its id field, or `#` for its position. */
export function itemKeyField(sheet: Sheet): string {
  return keyField(sheet.columns);
}
