/**
 * The spreadsheet check, off the page's thread: unzipping a workbook, parsing its XML and validating its records
 * take seconds for a large one, and the page stays responsive meanwhile (the page sends one request at a time).
 * The validator and the normaliser's data are loaded here the first time a spreadsheet is dropped; the service
 * worker keeps them for offline use like every other chunk.
 */
import { checkSheets, SheetRefused, type SheetCheck } from './sheets.js';

/** What the page asks: the files, and whether (and how) to complete a filled-in template first. */
export interface SheetRequest {
  readonly files: File[];
  readonly options: { readonly assign: boolean; readonly defaultRegion?: string };
}

/** The answer: the check, or why the files were refused (`refused`) or could not be checked. */
export type SheetReply = { readonly ok: true; readonly result: SheetCheck } | { readonly ok: false; readonly refused: boolean; readonly message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<SheetRequest>) => void) | null; postMessage(reply: SheetReply): void };
let validator: Promise<typeof import('@gpos/validate/browser')> | undefined;

scope.onmessage = async ({ data }) => {
  try {
    const api = await (validator ??= import('@gpos/validate/browser'));
    scope.postMessage({ ok: true, result: await checkSheets(data.files, (records) => api.validate(records), data.options) });
  } catch (error) {
    scope.postMessage({ ok: false, refused: error instanceof SheetRefused, message: error instanceof Error ? error.message : String(error) });
  }
};
