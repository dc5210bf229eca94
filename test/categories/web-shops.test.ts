// A business no brand list knows, paid by card under its web shop's domain ("ROCKLER.COM", "TOOLINEO.DE",
// "TRIDIAS.CO.UK"): a web shop sells goods. Made-up shops in the shapes the banks print (bank-formats.md §3);
// beside them the rows that must not move: a domain that names a service (parcels, rooms, lets, flights, software),
// a charity's or a body's .org, a brand the dictionary knows, a domain in a direct debit's text.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("an unknown business paid by card under its web shop's domain sold goods", () => {
  itCategorizes([
    [null, null, "CHECKCARD 0512 LUMBERNOOK.COM SAN JOSE CA 54509060878486011286891", "-76.85", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 02/07 QUILLBERRY.COM SEATTLE CA S756929762832991 CARD 5640", "-50.84", "shopping"],
    ["KARTENZAHLUNG", "HOBELWERK24.DE//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12 ", "-234.80", "shopping"],
    ["Card payment", null, "TRIMBLEDOWN.CO.UK          LEEDS         GBR", "-102.29", "shopping"],
    [null, null, "CARTE 29/04/26 VANDERMEULEN.FR CB*1155", "-235.89", "shopping"],
    ["MasterCard Payment", "KNOTENFELS.COM", null, "-219.69", "shopping"],
  ]);
  describe("but a service's domain, a body's .org, a known brand and a direct debit stay where they were", () => {
    itCategorizes([
      ["Card payment", null, "FLATROOM.CO.UK        GLASGOW       GBR", "-29.94", "other"],
      ["Card payment", null, "TENANTLET.CO.UK          MANCHESTER    GBR", "-56.83", "other"],
      [null, null, "GOSHIPPLY.COM        SEATTLE        CA", "-34.38", "other"],
      ["Betaalautomaat", "SNELPARCEL.NL 4184", "Pasvolgnr: 001 16-07-2026 20:04 Transactie: 989241 Term: AB003C", "-38.25", "other"],
      ["Kartenzahlung", "Flightspotter.de", "FLIGHTSPOTTER.DE/HAUPTSTR. 11/LEIPZIG/DE 30-07-2025T10:03:36 Folgenr. 11 Verfalld. 1229", "-58.19", "other"],
      ["Debit", null, "CURIOUSMINDS.ORG 3894   ON 17 MAY          CPM", "-31.86", "other"],
      [null, null, "CARTE 12/08/26 RENTOLINO.COM CB*6315", "-6.05", "other"],
      [null, null, "CHECKCARD 0817 NETFLIX.COM LOS GATOS CA 85957475272768871254556", "-15.49", "subscriptions"],
      [null, null, "PRLV SEPA QUILLBERRY.COM ECHEANCE MENSUELLE", "-12.00", "other"],
    ]);
  });
});
