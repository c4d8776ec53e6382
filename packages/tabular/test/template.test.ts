import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx, sheetModel, unflatten, xlsxTemplate } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gpos-template-'));

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx templates', () => {
  it.each(['indicator', 'case', 'commitment', 'organization'] as const)('the %s template has a README, every sheet of the model and a codes sheet', async (family) => {
    const workbook = await load(await xlsxTemplate(family));
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('README');
    expect(names).toEqual(['README', ...sheetModel(family).sheets.map((s) => s.name), 'codes']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    // building and re-reading a whole workbook of the 1.1 case (over twenty sheets) outlasts the default timeout
    // when the machine is shared with other test runs; the time is not what this test is about
  }, 180_000);

  it('marks required columns, keeps paths on row 2 and offers drop-downs for codelist columns', async () => {
    const workbook = await load(await xlsxTemplate('case'));
    const sheet = workbook.getWorksheet('case')!;
    const titles = (sheet.getRow(1).values as string[]).slice(1);
    const paths = (sheet.getRow(2).values as string[]).slice(1);
    const statusColumn = paths.indexOf('status') + 1;
    expect(titles[statusColumn - 1]).toBe('Status *');
    expect(sheet.getCell(1, statusColumn).note).toMatch(/Where the case stands/);
    const validation = sheet.getCell(3, statusColumn).dataValidation;
    expect(validation).toMatchObject({ type: 'list', errorStyle: 'error' });
    expect(validation.formulae?.[0]).toMatch(/^codes!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    const channel = paths.indexOf('intake/channel') + 1;
    expect(sheet.getCell(3, channel).dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
  });

  it('reads back what a person typed into it', async () => {
    const workbook = await load(await xlsxTemplate('case'));
    const sheet = workbook.getWorksheet('case')!;
    const paths = (sheet.getRow(2).values as string[]).slice(1);
    const put = (path: string, value: ExcelJS.CellValue) => (sheet.getCell(3, paths.indexOf(path) + 1).value = value);
    put('id', 'case--0196a3b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b');
    put('status', 'received');
    put('intake/received_at', new Date(Date.UTC(2026, 2, 14, 9, 20)));
    put('scam_type', 'purchase.online_shop');
    const payments = workbook.getWorksheet('case.payments')!;
    const paymentPaths = (payments.getRow(2).values as string[]).slice(1);
    payments.getCell(3, paymentPaths.indexOf('case.id') + 1).value = 'case--0196a3b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b';
    payments.getCell(3, paymentPaths.indexOf('amount/amount') + 1).value = '990.00';
    payments.getCell(3, paymentPaths.indexOf('amount/currency') + 1).value = 'THB';
    const file = join(dir, 'filled.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { records, problems } = unflatten(await readXlsx(file));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        type: 'case',
        id: 'case--0196a3b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
        status: 'received',
        intake: { received_at: '2026-03-14T09:20:00Z' },
        scam_type: 'purchase.online_shop',
        payments: [{ amount: { amount: '990.00', currency: 'THB' } }],
      },
    ]);
  });
});
