/**
 * What the demonstration buyers' export papers print (issue 12): fictional firms at plausible
 * addresses in their own countries, contacts with example.com-style domains (RFC 2606), payment
 * terms as DOMAIN §8 lists them, the incoterm's named place (FOB: the port of loading, CIF: the
 * port of destination, EXW: the centre) and the buyer's own purchase-order numbering.
 */
import { addDays } from '../../../shared/dates';
export interface BuyerPapers {
  address: string;
  city: string;
  postcode: string | null;
  contact: string | null;
  email: string | null;
  phone: string | null;
  notifyParty: string | null;
  paymentTerms: string | null;
  incotermPlace: string | null;
  portOfDischarge: string | null;
  /** The buyer's own PO number for its nth order of a year, in its own style. */
  po: ((year: string, month: string, n: number) => string) | null;
}

const SURABAYA = 'Tanjung Perak, Surabaya';
const n3 = (n: number) => String(n).padStart(3, '0');
const n4 = (n: number) => String(n).padStart(4, '0');

const exporter = (papers: Omit<BuyerPapers, 'po'> & { po: NonNullable<BuyerPapers['po']> }): BuyerPapers => papers;
const domestic = (address: string, city: string, postcode: string, contact: string, phone: string): BuyerPapers => ({
  address, city, postcode, contact, phone, email: null, notifyParty: null, paymentTerms: null, incotermPlace: null, portOfDischarge: null, po: null,
});

export const BUYER_PAPERS: Readonly<Record<string, BuyerPapers>> = {
  'US-BLW': exporter({
    address: '1450 Broadway, Suite 1203', city: 'New York, NY', postcode: '10018', contact: 'Megan Holloway',
    email: 'purchasing@bellwether-leather.example.com', phone: '+1 212 555 0147',
    notifyParty: 'Crossroads Customs Brokerage Inc.\n145-12 156th Street, Jamaica, NY 11434, USA',
    paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L', incotermPlace: SURABAYA, portOfDischarge: 'New York (USNYC)',
    po: (year, _month, n) => `45001${year.slice(2)}${n3(n)}`,
  }),
  'US-HPT': exporter({
    address: '2210 East Maple Avenue', city: 'El Segundo, CA', postcode: '90245', contact: 'Daniel Reyes',
    email: 'd.reyes@harborandpine.example.com', phone: '+1 310 555 0182',
    notifyParty: 'Pacific Gateway Customs Brokers\n19801 South Santa Fe Avenue, Rancho Dominguez, CA 90221, USA',
    paymentTerms: 'L/C at sight', incotermPlace: SURABAYA, portOfDischarge: 'Los Angeles (USLAX)',
    po: (year, _month, n) => `HP-${year}-${n4(n)}`,
  }),
  'US-FWS': exporter({
    address: '8800 Gulf Freeway, Suite 310', city: 'Houston, TX', postcode: '77017', contact: 'Karen Whitfield',
    email: 'orders@fairwaysupply.example.com', phone: '+1 713 555 0129',
    notifyParty: 'Same as consignee',
    paymentTerms: 'T/T 100 % before shipment', incotermPlace: SURABAYA, portOfDischarge: 'Houston (USHOU)',
    po: (year, _month, n) => `FWS${year.slice(2)}${n4(n)}`,
  }),
  'JP-KBS': exporter({
    address: '3-5-12 Minamisenba, Chuo-ku', city: 'Osaka', postcode: '542-0081', contact: 'Hiroshi Tanaka',
    email: 'h.tanaka@kobayashi-shoji.example.jp', phone: '+81 6 5555 0142',
    notifyParty: 'Nippon Kaiun Customs Service Co., Ltd.\n1-2-3 Chikko, Minato-ku, Osaka 552-0021, Japan',
    paymentTerms: 'L/C at sight', incotermPlace: 'Osaka', portOfDischarge: 'Osaka (JPOSA)',
    po: (year, month, n) => `KBS-${year}${month}-${n3(n)}`,
  }),
  'BE-MVH': exporter({
    address: 'Meir 48', city: 'Antwerpen', postcode: '2000', contact: 'Sofie Verhaegen',
    email: 'sofie@maison-verhaegen.example.be', phone: '+32 3 555 01 64',
    notifyParty: 'Antwerp Freight Services NV\nNoorderlaan 147, 2030 Antwerpen, Belgium',
    paymentTerms: 'D/P at sight', incotermPlace: 'Antwerp', portOfDischarge: 'Antwerp (BEANR)',
    po: (year, _month, n) => `MVH-PO-${year.slice(2)}${n3(n)}`,
  }),
  'NL-VDL': exporter({
    address: 'Kalverstraat 112', city: 'Amsterdam', postcode: '1012 PK', contact: 'Pieter van der Linden',
    email: 'inkoop@vanderlinden-lederwaren.example.nl', phone: '+31 20 555 0173',
    notifyParty: 'Rotterdam Customs Agency B.V.\nWaalhaven Zuidzijde 19, 3089 JH Rotterdam, Netherlands',
    paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L', incotermPlace: SURABAYA, portOfDischarge: 'Rotterdam (NLRTM)',
    po: (year, _month, n) => `VDL/${year}/${n3(n)}`,
  }),
  'MY-KMS': exporter({
    address: 'No. 27, Jalan Tun H.S. Lee', city: 'Kuala Lumpur', postcode: '50000', contact: 'Nurul Aisyah binti Ahmad',
    email: 'aisyah@kulitmewah.example.my', phone: '+60 3 5555 0191',
    notifyParty: 'Same as consignee',
    paymentTerms: 'T/T 100 % before shipment', incotermPlace: 'Port Klang', portOfDischarge: 'Port Klang (MYPKG)',
    po: (year, _month, n) => `KMS/PO/${year.slice(2)}/${n3(n)}`,
  }),
  'CN-GHM': exporter({
    address: 'Room 1208, Poly World Trade Center\n1000 Xingang East Road, Haizhu District', city: 'Guangzhou', postcode: '510308',
    contact: 'Chen Li', email: 'chenli@huamei-trading.example.cn', phone: '+86 20 5555 0136',
    notifyParty: 'Same as consignee',
    paymentTerms: 'T/T 100 % before shipment', incotermPlace: 'Tanggulangin, Sidoarjo', portOfDischarge: 'Nansha, Guangzhou (CNNSA)',
    po: (year, month, n) => `HM${year}${month}${n3(n)}`,
  }),
  'SRM-INT': domestic('Jl. Raya Kedensari No. 9, Tanggulangin', 'Sidoarjo', '61272', 'Ibu Sulastri', '0812-3456-7801'),
  'ONL-INT': domestic('Jl. Raya Kedensari No. 9, Tanggulangin', 'Sidoarjo', '61272', 'Mas Dimas Prasetyo', '0812-3456-7802'),
  'GRS-SBY': domestic('Pasar Turi Baru Lt. 2 Blok C No. 117, Jl. Semarang', 'Surabaya', '60174', 'H. Abdul Rohman', '0813-3012-4455'),
  'GRS-JKT': domestic('Pusat Grosir Tanah Abang Blok A Lt. 5 No. 28, Jl. K.H. Mas Mansyur', 'Jakarta Pusat', '10250', 'Ibu Yuliana Tan', '0816-1870-2234'),
  'DIN-SDA': domestic('Jl. Pahlawan No. 140', 'Sidoarjo', '61213', 'Bagian Sarana dan Prasarana', '(031) 8921 457'),
};

/** The buyer's PO date: two to six days before the order was entered, as a PO arrives by e-mail and waits. */
export function poDateBefore(orderDate: string, serial: number): string {
  return addDays(orderDate, -(2 + (serial % 5)));
}
