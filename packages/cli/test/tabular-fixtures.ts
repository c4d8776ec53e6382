import ExcelJS from 'exceljs';

/** A small, realistic hotline data set, as a data steward would type it into the templates (keyed by field path). */
export const INDICATOR_ROWS: Array<Record<string, ExcelJS.CellValue>> = [
  {
    id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-000000000a01',
    spec_version: '1.0.0',
    created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z',
    source: 'TH-GOV:aoc1441',
    tlp: 'green',
    status: 'active',
    'observable/kind': 'domain',
    'observable/raw': 'Thai-Post-Parcel[.]example',
    'observable/canonical': 'thai-post-parcel.example',
    typology: 'impersonation.business',
    confidence: 90,
    first_seen: new Date(Date.UTC(2026, 2, 1)),
  },
  {
    id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-000000000a02',
    spec_version: '1.0.0',
    created: '2026-03-14T09:30:00Z',
    modified: '2026-03-14T09:30:00Z',
    source: 'TH-GOV:aoc1441',
    tlp: 'Green', // a title typed by hand, not the code
    status: 'active',
    'observable/kind': 'domain',
    'observable/raw': 'quick-profit-usdt[.]example',
    'observable/canonical': 'quick-profit-usdt.example',
    typology: 'investment.relationship; purchase.online_shop',
    confidence: 75,
  },
];

export const CASE_ID = 'case--0192f0c4-7a1e-7c3b-9d2e-000000000c01';

export const CASE_ROWS: Array<Record<string, ExcelJS.CellValue>> = [
  {
    id: CASE_ID,
    spec_version: '1.0.0',
    created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z',
    source: 'TH-GOV:aoc1441',
    tlp: 'amber+strict',
    'intake/channel': 'hotline',
    'intake/received_at': '2026-03-12T03:00:00Z',
    'intake/jurisdiction': 'TH',
    scam_type: 'investment.relationship',
    status: 'under_investigation',
    'victim/age_band': 'age_60_69',
    'loss/loss_occurred': true,
    'loss/reported': '50000.00 THB; 1250.50 THB',
  },
];

export const PAYMENT_ROWS: Array<Record<string, ExcelJS.CellValue>> = [
  { 'case.id': CASE_ID, payment_ref: 'p1', executed_at: '2026-01-20T10:00:00Z', 'amount/amount': '50000.00', 'amount/currency': 'THB' },
  { 'case.id': CASE_ID, payment_ref: 'p2', executed_at: '2026-01-22T08:15:00Z', 'amount/amount': '1250.50', 'amount/currency': 'THB' },
];

/** Writes rows into a template sheet from row 3 on, placing each value under the field path of row 2. */
export function fill(workbook: ExcelJS.Workbook, sheetName: string, rows: Array<Record<string, ExcelJS.CellValue>>): void {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const paths = (sheet.getRow(2).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
  rows.forEach((row, r) => {
    for (const [path, value] of Object.entries(row)) {
      const col = paths.indexOf(path);
      if (col < 1) throw new Error(`template sheet ${sheetName} has no column ${path}`);
      sheet.getCell(3 + r, col).value = value;
    }
  });
}

/** The column number (1-based) of a field path in a template sheet. */
export function columnOf(workbook: ExcelJS.Workbook, sheetName: string, path: string): number {
  return (workbook.getWorksheet(sheetName)!.getRow(2).values as unknown[]).indexOf(path);
}

/** The same case as JSON, as `gpos convert` produces it from the filled template. */
export const CASE_RECORD = {
  type: 'case',
  id: CASE_ID,
  spec_version: '1.0.0',
  created: '2026-03-14T09:26:53Z',
  modified: '2026-03-14T09:26:53Z',
  source: 'TH-GOV:aoc1441',
  tlp: 'amber+strict',
  intake: { channel: 'hotline', received_at: '2026-03-12T03:00:00Z', jurisdiction: 'TH' },
  scam_type: 'investment.relationship',
  status: 'under_investigation',
  victim: { age_band: 'age_60_69' },
  loss: { loss_occurred: true, reported: [{ amount: '50000.00', currency: 'THB' }, { amount: '1250.50', currency: 'THB' }] },
  payments: [
    { payment_ref: 'p1', executed_at: '2026-01-20T10:00:00Z', amount: { amount: '50000.00', currency: 'THB' } },
    { payment_ref: 'p2', executed_at: '2026-01-22T08:15:00Z', amount: { amount: '1250.50', currency: 'THB' } },
  ],
};
