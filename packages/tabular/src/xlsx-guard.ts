import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { type ReadLimits } from './limits.js';
import { checkDeclaredSize, HEADING_ROWS, inflatesPastDeclared, tooManyRows, unreadableWorkbook } from './xlsx-limits.js';

/*
 * An .xlsx file is a ZIP archive, and a ZIP can expand a thousandfold: a 1.4 MB workbook whose sheet inflates to
 * 450 MB took 4.4 GB to load with ExcelJS. So before ExcelJS builds anything, the archive is checked in bounded
 * memory: the sizes its directory declares, then the real sizes while inflating (a lying header is caught by
 * yauzl's size validation), counting each sheet's rows as the XML streams past.
 */

const ROW = /<(?:\w+:)?row[\s/>]/g;

function open(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

function entries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const all: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      all.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(all));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Inflates one member, stopping with an error past `limit` bytes or `maxRows` rows (worksheets only). */
function inflate(zip: ZipFile, entry: Entry, file: string, limits: ReadLimits, countRows: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      let rows = 0;
      let carry = '';
      const stop = (e: Error) => {
        stream.destroy();
        reject(e);
      };
      stream.on('data', (chunk: Buffer) => {
        if (!countRows) return;
        // a tag split between two chunks is found with the tail of the previous chunk carried over; a tag wholly
        // inside that tail was counted already
        const text = carry + chunk.toString('latin1');
        for (const m of text.matchAll(ROW)) if (m.index + m[0].length > carry.length) rows++;
        carry = text.slice(-16);
        // the title and field-path rows of a GPOS template come on top
        if (rows > limits.maxRows + HEADING_ROWS) stop(tooManyRows(file, entry.fileName, limits));
      });
      stream.on('error', (e: Error) =>
        reject(
          /too many bytes/.test(e.message) ? inflatesPastDeclared(file, entry.fileName, entry.uncompressedSize) : unreadableWorkbook(file, e.message),
        ),
      );
      stream.on('end', () => resolve(rows));
    });
  });
}

/**
 * Refuses a workbook that would take more memory to load than its limits allow: declared or real uncompressed size
 * over `maxUncompressedBytes`, or a sheet over `maxRows` rows. Throws TabularFileError (kind `limit` when a limit
 * is passed, `malformed` when the file is no ZIP archive).
 */
export async function checkXlsxArchive(file: string, limits: ReadLimits): Promise<void> {
  let zip: ZipFile;
  let list: Entry[];
  try {
    zip = await open(file);
    list = await entries(zip);
  } catch (error) {
    throw unreadableWorkbook(file, (error as Error).message);
  }
  try {
    checkDeclaredSize(file, list.reduce((sum, e) => sum + e.uncompressedSize, 0), limits);
    // the declared sizes are within the limit; inflating proves them true (yauzl stops at the declared size) and counts rows
    for (const entry of list) {
      if (!entry.fileName.endsWith('/')) await inflate(zip, entry, file, limits, /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName));
    }
  } finally {
    zip.close();
  }
}
