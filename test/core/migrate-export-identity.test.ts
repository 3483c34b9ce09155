import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getCentre, saveCentre } from '../../main/core/platform/db/centre';
import { listProducts } from '../../main/core/catalogue/catalogue-queries';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { schemaVersion } from '../../main/core/platform/db/migrate';
import { migrations } from '../../main/core/platform/db/migrations';
import { centreInput } from '../../shared/domain/centre';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a centre made by every schema before migration 17 (export identity)', () => {
  it('opens with its centre and products kept, the new details blank, and stores them after', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v17-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version < 17) });
    old.prepare(
      `INSERT INTO centre (id, name, cooperative_name, address, email, updated_at)
       VALUES (1, 'Sentra IKM Tanggulangin', 'Koperasi INTAKO', 'Jl. Raya Kludan No. 68', 'sekretariat@intako.example', 'x')`,
    ).run();
    old.prepare(
      `INSERT INTO product (sku, name, category_code, hs_code, uom, labour_minutes, carton_qty, price, currency, created_at, updated_at)
       VALUES ('TWK-006', 'Tas Tangan Kulit Sapi Emboss Croco', 'tas', '4202.21', 'pcs', 330, 10, 3500, 'USD', 'x', 'x')`,
    ).run();
    old.close();

    db = await openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(17);
    expect(getCentre(db)).toMatchObject({
      name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO', email: 'sekretariat@intako.example',
      legalName: null, addressEn: null, nib: null, npwp: null, contactPerson: null, bankName: null, bankBranch: null,
      bankAccountNo: null, bankAccountName: null, swift: null,
    });
    expect(listProducts(db)).toEqual([expect.objectContaining({ sku: 'TWK-006', nameEn: null, composition: null })]);

    saveCentre(db, centreInput.parse({ ...getCentre(db), nib: '9120301762548', npwp: '0017352846143000', swift: 'BRINIDJA' }), 'y');
    expect(getCentre(db)).toMatchObject({ nib: '9120301762548', npwp: '0017352846143000', swift: 'BRINIDJA', name: 'Sentra IKM Tanggulangin' });
    // The store itself refuses numbers of the wrong shape, whatever writes them.
    expect(() => db?.prepare("UPDATE centre SET nib = '912030176254'").run()).toThrow(/CHECK/);
    expect(() => db?.prepare("UPDATE centre SET npwp = '017352846143000'").run()).toThrow(/CHECK/);
    expect(() => db?.prepare("UPDATE centre SET swift = 'BRINIDJA1'").run()).toThrow(/CHECK/);
  });
});
