// What letting a home costs beside its rent (landlord-trades.ts LANDLORD_FIRST): a deposit's protection and a tenant's
// screening are fees, the landlord's property software a subscription, a landlord's licence a levy; a listing portal is
// the home's cost (rent), as estate agents are. Rows in the banks' shapes, pool 57's among them; beside them the rows
// that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a letting's costs beside the rent are what their words say", () => {
  itCategorizes([
    [null, null, "))) THE DPS DEPOSIT PROTECTI BRISTOL", "-32.50", "fees"],
    [null, null, "CHECKCARD 0802 TRANSUNION SMARTMOVE NEW YORK CA 05393950041444477581378", "-42.00", "fees"],
    ["Debit", null, "GOODLORD LTD 7783   ON 17 DEC          CPM", "-60.00", "fees"],
    [null, null, "VIS HOMELET.CO.UK MANCHESTER", "-30.00", "fees"],
    [null, null, "DD ARTHUR ONLINE LTD ARTHUR PROPERTY SOFTWARE OCTOBER", "-29.00", "subscriptions"],
    ["ONLINE-UEBERWEISUNG", "vermietet.de GmbH", "Abo Vermieter-Software 06/2026 Kd 570341", "-10.50", "subscriptions"],
    ["Overschrijving", "Vereniging Eigen Huis", "Naam: Vereniging Eigen Huis Omschrijving: VEH lidmaatschap 2026", "-49.00", "subscriptions"],
    ["Direct Debit", "RENT SMART WALES", "RENT SMART WALES LICENCE RENEWAL", "-145.00", "taxes"],
    [null, null, "PAYPAL *IMMOSCOUT24 4029357733", "-17.76", "rent"],
    ["Card payment", null, "SPAREROOM.CO.UK        GLASGOW       GBR", "-14.00", "rent"],
  ]);
  describe("but the rent itself, a letting agent and a software shop stay where they were", () => {
    itCategorizes([
      ["Dauerauftrag", "Hausverwaltung Brenner GmbH", "Miete 03/2026 Whg 4", "-812.00", "rent"],
      ["Overschrijving", "Woonstichting De Key", "Naam: Woonstichting De Key Omschrijving: Huur maart 2026", "-812.00", "rent"],
      [null, null, "))) HILLSBOROUGH LETTINGS LONDON", "-450.00", "rent"],
      ["Direct Debit", null, "HOMESERVE MEMBERSHIP LTD HOMESERVE LANDLORD COVER 570341", "-18.00", "insurance"],
    ]);
  });
});
