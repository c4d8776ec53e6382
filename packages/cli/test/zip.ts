import { crc32, deflateRawSync } from 'node:zlib';

/** One member of a test ZIP: its content as repeated text, so a bomb of hundreds of MB costs little to build. */
export interface ZipMember {
  readonly name: string;
  /** The content is `head + body.repeat(times) + tail`. */
  readonly head?: string;
  readonly body?: string;
  readonly times?: number;
  readonly tail?: string;
  /** Write this uncompressed size in the headers instead of the true one: a lying archive. */
  readonly declaredSize?: number;
}

// zlib.crc32 of an empty buffer can return 0 instead of its seed on Node 20 once that buffer went through deflate: skip empties
const crcOf = (bytes: Buffer, seed = 0) => (bytes.length === 0 ? seed : crc32(bytes, seed));

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * Deflates `body` repeated `times` times in slices of about 1 MB (each slice compressed once and reused),
 * so a 450 MB member is built from a few hundred kB of work. The slices are separate deflate blocks of one
 * stream, which every inflater reads as one.
 */
function deflateRepeated(member: ZipMember): { data: Buffer; size: number; crc: number } {
  const body = member.body ?? '';
  const times = member.times ?? 0;
  const perSlice = body.length === 0 ? 0 : Math.max(1, Math.floor((1024 * 1024) / body.length));
  const slice = Buffer.from(body.repeat(Math.min(perSlice, times)));
  const head = Buffer.from(member.head ?? '');
  const tail = Buffer.from(member.tail ?? '');
  const parts: Buffer[] = [];
  let crc = crcOf(head);
  let size = head.length;
  const block = (bytes: Buffer) => deflateRawSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  parts.push(block(head));
  const full = perSlice === 0 ? 0 : Math.floor(times / perSlice);
  const sliceBlock = block(slice);
  for (let k = 0; k < full; k++) {
    parts.push(sliceBlock);
    crc = crcOf(slice, crc);
    size += slice.length;
  }
  const rest = Buffer.from(body.repeat(times - full * perSlice));
  parts.push(block(rest));
  crc = crcOf(rest, crc);
  crc = crcOf(tail, crc);
  size += rest.length + tail.length;
  parts.push(deflateRawSync(tail)); // the final block
  return { data: Buffer.concat(parts), size, crc };
}

/** A ZIP archive (deflated members, no ZIP64) for tests of archive limits. */
export function zip(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const { data, size, crc } = deflateRepeated(member);
    const name = Buffer.from(member.name);
    const declared = member.declaredSize ?? size;
    const common = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(crc), u32(data.length), u32(declared), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name, data]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(members.length), u16(members.length), u32(dir.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="indicator" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;

/** A minimal workbook whose one sheet (`indicator`) is `sheet`. */
export function workbook(sheet: Omit<ZipMember, 'name'>): Buffer {
  return zip([
    { name: '[Content_Types].xml', head: CONTENT_TYPES },
    { name: '_rels/.rels', head: RELS },
    { name: 'xl/workbook.xml', head: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', head: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ]);
}
