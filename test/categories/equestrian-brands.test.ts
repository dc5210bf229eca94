// Brands horse owners and riders pay (brands/equestrian.ts), written as the descriptors several banks print for them:
// each gets the brand's label and its category. Beside them, payees that share a word with one of those brands
// (an Italian restaurant's "cavallo", a kitchen maker's "Eggersmann", a surname "De Heus") keep their own label.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("riding-sport chains, tack and riding-wear makers, feed and bedding are shopping", () => {
  itNames([
    ["EQUIVA GMBH              Muenchen      DE", "2026-04-02 Debitk.99 VISA Debit", "-48.38", "Equiva", "shopping"],
    [null, "Kartenzahlung PAYPAL *ESKADRON. 57546190//Stuttgart 2025-10-28T08:06:39 KFN 1 VJ 2812", "-94.91", "Eskadron", "shopping"],
    ["CAVALLO REITSPORTMOD", "CAVALLO REITSPORTMO/HAUPTSTR. 54/KOELN/DE 22-04-2026T20:54:44 Folgenr. 03 Verfalld. 1229", "-18.20", "Cavallo", "shopping"],
    ["Kerbl Gmbh Buchbach      Muenchen      DE", "2026-04-23T09:33 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-79.80", "Kerbl", "shopping"],
    ["EGGERSMANN MISCHFUTTERWER//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-234.80", "Eggersmann", "shopping"],
    ["ALLSPAN GMBH EINSTREU - Koeln", "Card transaction of 230.42 EUR issued by ALLSPAN GMBH EINSTREU", "-230.42", "Allspan", "shopping"],
    ["QHP WEBSHOP 1117", "Pasvolgnr: 001 12-02-2026 19:51 Transactie: 045313 Term: AB768C", "-127.98", "QHP", "shopping"],
    [null, "BEA   NR:XXX919   03.04.26/18.12 De Heus Voeders Den Haag,PAS173", "-63.90", "De Heus", "shopping"],
    [null, "BEA   NR:XXX411   10.04.25/14.35 HARRYSHORSE.COM Rotterdam,PAS269", "-188.35", "Harry's Horse", "shopping"],
    [null, "VIS MILLBRY HILL MALTON BRISTOL", "-59.91", "Millbry Hill", "shopping"],
    [null, "))) BEDMAX SHAVINGS LTD LONDON", "-10.75", "Bedmax", "shopping"],
    [null, "))) ALLENANDPAGE.COM MANCHESTER", "-132.42", "Allen & Page", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 03/06 HORSE.COM BROOKLYN MD S282682514601369 CARD 1571", "-25.05", "Horse.com", "shopping"],
    [null, "CARTE 05/06/25 HARCOUR CB*9658", "-114.45", "Harcour", "shopping"],
  ]);
  // Guards: an Italian restaurant, a kitchen maker and a baker of the same words keep their own names.
  itKeeps([
    [null, "RISTORANTE IL CAVALLO BIANCO", "Cavallo"],
    ["Eggersmann Kuechen GmbH", "Rechnung Kueche 4411", "Eggersmann"],
    ["Bakkerij De Heus", "Pasvolgnr: 001 brood", "De Heus"],
  ]);
});

describe("entry portals, federations and events are entertainment; an equine hospital health, a horse insurer insurance", () => {
  itNames([
    [null, "Neon Nennung Online Fn Service", "-17.28", "Nennung Online", "entertainment"],
    [null, "HORSE EVENTS ENTRY     GLASGOW       GBR", "-36.91", "Horse Events", "entertainment"],
    [null, "PURCHASE AUTHORIZED ON 07/07 USEA MEMBERSHIP AUSTIN FL S501378159868390 CARD 9313", "-39.39", "US Eventing Association", "entertainment"],
    ["MILITARY BOEKELO 0853", "Pasvolgnr: 001 27-05-2025 18:07 Transactie: 479135 Term: AB185C", "-23.85", "Military Boekelo", "entertainment"],
    [null, "))) ROSSDALES EQUINE HOSPITAL BRISTOL", "-160.20", "Rossdales", "health"],
    [null, "KBIS BRITISH EQUESTRIAN I ON 28 APR          BCC", "-52.01", "KBIS", "insurance"],
  ]);
});

describe("horse-sport streaming is a subscription, a horse transporter other", () => {
  itNames([
    ["CLIPMYHORSE.TV", "CLIPMYHORSE.TV/HAUPTSTR. 68/HAMBURG/DE 03-04-2025T11:33:45 Folgenr. 13 Verfalld. 1229", "-5.74", "ClipMyHorse.TV", "subscriptions"],
    [null, "VIS HORSE & COUNTRY TV MANCHESTER", "-7.36", "Horse & Country", "subscriptions"],
    [null, "BROOKLEDGE HORSE TRANSPOR #2557 SAN JOSE WA", "-44.83", "Brook Ledge", "other"],
  ]);
});
