// What a payee prints after its own name that is the payment's, not the name's: a town's passport or identity card,
// a Dutch body's own contribution, a German law firm's field of law, a French town's collecting office for a
// service, an estate agent's commission after its legal form. The label is the payee; the tail goes.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a payment's words after the payee's name", () => {
  itLabels([
    [null, "Kartenzahlung girocard Stadt Pirna Kinderreisepass", "Stadt Pirna"],
    ["Stadt Koeln", "Personalausweis", "Stadt Koeln"],
    [null, "BEA   NR:XXX032   02.01.25/18.38 Raad voor Rechtsbijstand eigen bijdrage Amsterdam,PAS098", "Raad voor Rechtsbijstand"],
    [null, "Kanzlei Bruenjes Familienrecht", "Kanzlei Bruenjes"],
    [null, "PRLV SEPA VILLE DE PLERIN REGIE PERISC CANTINE ET GARDERIE SEPTEMBER FAMILLE 7921", "Ville De Plerin"],
    ["Immobilien Bliesgau GmbH Provision", "Handyzahlung", "Immobilien Bliesgau"],
  ]);
  // Guards: a firm named for its field after "für", a régie that is the payee itself, a one-word name before its purpose.
  itLabels([
    [null, "KANZLEI FUER FAMILIENRECHT", "Kanzlei Fuer Familienrecht"],
    [null, "PRLV SEPA REGIE DES EAUX DE GRENOBLE", "Regie Des Eaux De Grenoble"],
    ["CAK", "eigen bijdrage Wlz", "CAK"],
  ]);
});
