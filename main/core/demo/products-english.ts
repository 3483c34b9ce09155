/**
 * The demo catalogue as export papers name it (issue 12): an English description and the
 * material composition customs ask for, following each product's bill of materials (recipes.ts):
 * its outer material, and its lining — polyester taslan, or synthetic suede (polyester
 * microfibre) in the larger leather bags, wallets and shoes, satin in the jackets.
 */
const COW = '100 % cowhide leather';
const PU = '100 % polyurethane (PU) coated fabric';
const PVC = '100 % polyvinyl chloride (PVC) coated fabric';
const POLY = 'lining 100 % polyester';
const SUEDE = 'lining 100 % polyester microsuede';

export const PRODUCT_ENGLISH: Readonly<Record<string, readonly [nameEn: string, composition: string]>> = {
  'TWK-001': ['Ladies\' tote bag "Kirana", cowhide leather', `upper ${COW}, ${SUEDE}`],
  'TWK-002': ['Ladies\' shoulder sling bag, cowhide leather', `upper ${COW}, ${POLY}`],
  'TWK-003': ['Hobo bag, pull-up cowhide leather', `upper 100 % pull-up cowhide leather, ${POLY}`],
  'TWK-004': ['Clutch bag, lambskin leather', `upper 100 % sheepskin leather, ${POLY}`],
  'TWK-005': ['Ladies\' shoulder bag, goatskin leather', `upper 100 % goatskin leather, ${POLY}`],
  'TWK-006': ['Ladies\' handbag, croco-embossed cowhide', `upper ${COW} (croco embossed), ${POLY}`],
  'TWK-007': ['Mini crossbody bag, cowhide leather', `upper ${COW}, ${POLY}`],
  'TWS-001': ['Ladies\' tote bag "Melati", PU synthetic leather', `upper ${PU}, ${POLY}`],
  'TWS-002': ['Ladies\' shoulder sling bag, PU synthetic leather', `upper ${PU}, ${POLY}`],
  'TWS-003': ['Ladies\' printed shoulder bag, PU synthetic leather', `upper ${PU}, ${POLY}`],
  'TWS-004': ['Evening clutch bag, PU synthetic leather', `upper ${PU}, ${POLY}`],
  'TWS-005': ['Canvas tote bag with PU trim', `upper 85 % cotton canvas, 15 % polyurethane (PU) trim, ${POLY}`],
  'TWS-006': ['Ladies\' everyday bag, PVC', `upper ${PVC}, ${POLY}`],
  'TKP-001': ['Briefcase, cowhide leather', `upper ${COW}, ${SUEDE}`],
  'TKP-002': ['Men\'s sling bag, pull-up cowhide leather', `upper 100 % pull-up cowhide leather, ${POLY}`],
  'TKP-003': ['Laptop bag 15", PU synthetic leather', `upper ${PU}, ${POLY}, foam padding polyurethane`],
  'TRS-001': ['Backpack, cotton canvas', `upper 100 % cotton canvas, ${POLY}`],
  'TRS-002': ['Backpack, cowhide leather', `upper ${COW}, ${SUEDE}`],
  'TRS-003': ['Children\'s school backpack, nylon', `upper 100 % nylon 600D, ${POLY}`],
  'TRS-004': ['Ladies\' backpack, PU synthetic leather', `upper ${PU}, ${POLY}`],
  'TTR-001': ['Weekender travel bag, pull-up cowhide leather', `upper 100 % pull-up cowhide leather, ${SUEDE}`],
  'TTR-002': ['Travel bag, cotton canvas', `upper 100 % cotton canvas, ${POLY}`],
  'TGF-001': ['Golf stand bag, PU synthetic leather', `upper ${PU}, ${POLY}, foam padding polyurethane`],
  'TGF-002': ['Golf cart bag, cowhide leather', `upper ${COW}, ${POLY}, foam padding polyurethane`],
  'KPR-001': ['Hard-shell suitcase 20" (cabin), ABS', `shell 100 % ABS plastic, ${POLY}`],
  'KPR-002': ['Hard-shell suitcase 24", ABS', `shell 100 % ABS plastic, ${POLY}`],
  'KPR-003': ['Suitcase 24", cowhide leather', `upper ${COW}, ${POLY}`],
  'KPR-004': ['Soft suitcase 24", nylon', `upper 100 % nylon 600D, ${POLY}`],
  'DPK-001': ['Men\'s bifold wallet, cowhide leather', `outer ${COW}, ${SUEDE}`],
  'DPK-002': ['Ladies\' long wallet, cowhide leather', `outer ${COW}, ${SUEDE}`],
  'DPK-003': ['Card holder, cowhide leather', `outer ${COW}, ${SUEDE}`],
  'DPK-004': ['Coin purse, goatskin leather', `outer 100 % goatskin leather, ${SUEDE}`],
  'DPK-005': ['Passport holder, cowhide leather', `outer ${COW}, ${SUEDE}`],
  'DPS-001': ['Ladies\' wallet, PU synthetic leather', `outer ${PU}, ${SUEDE}`],
  'DPS-002': ['Men\'s wallet, PVC synthetic leather', `outer ${PVC}, ${SUEDE}`],
  'IPK-001': ['Men\'s belt 3.5 cm, vegetable-tanned cowhide leather', '100 % vegetable-tanned cowhide leather, metal buckle'],
  'IPK-002': ['Ladies\' belt 2.5 cm, vegetable-tanned cowhide leather', '100 % vegetable-tanned cowhide leather, metal buckle'],
  'IPK-003': ['Men\'s belt with automatic buckle, cowhide leather', `${COW}, metal buckle`],
  'SPK-001': ['Men\'s leather dress shoes, cowhide', `upper ${COW}, ${SUEDE}, outsole 100 % rubber`],
  'SPK-002': ['Casual leather shoes with rubber sole, pull-up cowhide', `upper 100 % pull-up cowhide leather, ${SUEDE}, outsole 100 % rubber`],
  'SPK-003': ['Leather boots, pull-up cowhide', `upper 100 % pull-up cowhide leather, ${SUEDE}, outsole 100 % rubber`],
  'SDK-001': ['Men\'s leather sandals, cowhide', `upper ${COW}, outsole 100 % rubber`],
  'SDS-001': ['Ladies\' sandals, PVC synthetic leather', `upper ${PVC}, outsole 100 % rubber`],
  'JKT-001': ['Men\'s leather jacket, lambskin', 'shell 100 % sheepskin leather, lining 100 % polyester satin'],
  'JKT-002': ['Ladies\' leather jacket, goatskin', 'shell 100 % goatskin leather, lining 100 % polyester satin'],
  'JKT-003': ['Leather vest, lambskin', 'shell 100 % sheepskin leather, lining 100 % polyester satin'],
  'GTK-001': ['Leather key ring', `${COW}, metal ring`],
  'GTK-002': ['Leather luggage tag', `${COW}, metal buckle`],
};

/** A product's English name and composition; every demo product has them (test/core/demo-exporter.test.ts). */
export function productEnglish(sku: string): { nameEn: string; composition: string } {
  const found = PRODUCT_ENGLISH[sku];
  if (!found) throw new Error(`Demo product ${sku} has no English name`);
  return { nameEn: found[0], composition: found[1] };
}
