// Label shapes from pool 71 (rural and village households): a family benefits office's regional branch is a payer of
// its own, as a pension carrier's is; a trade word the card field cut at the name's end
// (FIREWO, CHIMNEY SWE, FOOD COO) is written out. Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a Familienkasse's regional branch is a payer of its own", () => {
  itLabels([
    ["Familienkasse Bayern Süd", "KG-Nr. 123FK000001 Kindergeld 04/2026", "Familienkasse Bayern Süd"],
    ["Familienkasse Niedersachsen-Bremen", "Kindergeld Mai 2026 123FK000002", "Familienkasse Niedersachsen-Bremen"],
    [null, "Payment from Familienkasse Sachsen", "Familienkasse Sachsen"],
  ]);
  // Guards: the federal office and a payer's office name without a region keep the national name.
  itLabels([
    ["Bundesagentur für Arbeit - Familienkasse", "Kindergeld 04/2026 KG-Nr. 123FK998877", "Familienkasse"],
    ["Familienkasse", "Kindergeld 04/2026", "Familienkasse"],
    [null, "PRLV SEPA MSA COTISATIONS SOCIALES AGRICOLES", "MSA"],
    [null, "VIR SEPA MSA AUVERGNE RETRAITE NON SALARIES AGRICOLES 07/2025", "MSA"],
    ["Deutsche Rentenversicherung Nordbayern", "Regelaltersrente 07/2025", "Deutsche Rentenversicherung Nordbayern"],
  ]);
});

describe("a trade word the card field cut at the name's end is written out", () => {
  itLabels([
    [null, "SQ *MAPLE RIDGE FIREWOAUSTIN         CA", "Maple Ridge Firewood"],
    [null, "PURCHASE AUTHORIZED ON 08/08 SQ *SPRING VALLEY FIREWO BROOKLYN FL S366727004528898 CARD 9792", "Spring Valley Firewood"],
    [null, "CHECKCARD 0429 DRIFTLESS CHIMNEY SWE SAN JOSE CA 82735092885093056596986", "Driftless Chimney Sweep"],
    [null, "KICKAPOO VALLEY FOOD COO #4053 BROOKLYN CA", "Kickapoo Valley Food Co-Op"],
  ]);
  // Guards: a whole word stays; a firm's "Co" before its legal form stays; a short name is no cut.
  itLabels([
    [null, "SQ *MAPLE RIDGE FIREWOOD", "Maple Ridge Firewood"],
    [null, "PACIFIC FOOD CO LLC", "Pacific Food Co"],
    [null, "CHIMNEY SWEEP", "Chimney Sweep"],
  ]);
});

describe("a van that sells from the roadside keeps its van", () => {
  itLabels([
    [null, "BRIDPORT FISH VAN LTD 8364   ON 02 JUL          CPM", "Bridport Fish Van"],
    [null, "VIS RHAYADER BAKERY VAN LTD BRISTOL", "Rhayader Bakery Van"],
    [null, "VIS SUMUP *TALYBONT COFFEE VAN", "Talybont Coffee Van"],
    [null, "VIS SUMUP *ABERAERON FISH VAN GLASGOW", "Aberaeron Fish Van"],
  ]);
  // Guards: a Dutch or German name the card cut after its particle still loses the particle.
  itLabels([
    [null, "BAKKERIJ JANSEN VAN", "Bakkerij Jansen"],
    ["Bakkerij Van Leeuwen", null, "Bakkerij Van Leeuwen"],
    [null, "BUDGET BLINDS OF GREENVILBROOKLYN       CA", "Budget Blinds"],
  ]);
});

describe("a farm's milk pump or vending machine after its name is where it sold, not the farm's name", () => {
  itLabels([
    [null, "HOF BRUNS GBR MILCHTANKSTELLE, FRANKFURT DE Karte Nr. 4871 78XX XXXX 6262 Kartenzahlung", "Hof Bruns"],
    ["HOF BRUNS GBR EIERAUTOMAT", null, "Hof Bruns"],
    ["MILCHHOF ALTENBRUCH AUTOMA", "2026-04-02 Debitk.99 VISA Debit", "Milchhof Altenbruch"],
    ["GEFLUEGELHOF MEYER AUTOMAT", null, "Gefluegelhof Meyer"],
  ]);
  // Guards: a machine's own name and a one-word farm keep the word.
  itLabels([
    ["MILCHAUTOMAT LINDENHOF", null, "Milchautomat Lindenhof"],
    ["REGIOMAT", null, "Regiomat"],
  ]);
});

describe("a master craftsman goes by the trade and the surname", () => {
  itLabels([
    ["Schornsteinfegermeister Uwe Brandt", "Feuerstaettenschau Gebuehrenbescheid 12-3456", "Schornsteinfeger Brandt"],
    ["Malermeister Tobias Kern", "Rechnung Nr 77 Treppenhaus", "Maler Kern"],
    ["Dachdeckermeisterin Anke Vogt", "Rechnung 2026-11", "Dachdecker Vogt"],
  ]);
  // Guards: a caretaker, a mayor and a firm of the master's name keep theirs.
  itLabels([
    ["Hausmeister Jens Otto", "Hausmeisterdienst Mai", "Hausmeister Jens Otto"],
    ["Malermeisterbetrieb Kern GmbH", "Rechnung", "Malermeisterbetrieb Kern"],
    ["Bezirksschornsteinfeger Uwe Brandt", "Gebuehrenbescheid", "Bezirksschornsteinfeger Uwe Brandt"],
  ]);
});
