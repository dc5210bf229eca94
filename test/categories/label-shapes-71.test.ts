// Label shapes from pool 71 (rural and village households): a family benefits office's and a farmers' social insurer's
// regional branch is a payer of its own, as a pension carrier's is; a trade word the card field cut at the name's end
// (FIREWO, CHIMNEY SWE, FOOD COO) is written out. Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a Familienkasse's or an MSA's regional branch is a payer of its own", () => {
  itLabels([
    ["Familienkasse Bayern Süd", "KG-Nr. 123FK000001 Kindergeld 04/2026", "Familienkasse Bayern Süd"],
    ["Familienkasse Niedersachsen-Bremen", "Kindergeld Mai 2026 123FK000002", "Familienkasse Niedersachsen-Bremen"],
    [null, "Payment from Familienkasse Sachsen", "Familienkasse Sachsen"],
    [null, "VIR SEPA MSA LIMOUSIN RETRAITE NON SALARIES AGRICOLES 05/2026 DOSSIER 1234", "MSA Limousin"],
    [null, "VIR SEPA MSA MIDI PYRENEES SUD COTISATIONS", "MSA Midi-Pyrénées Sud"],
  ]);
  // Guards: the federal office and a payer's office name without a region keep the national name.
  itLabels([
    ["Bundesagentur für Arbeit - Familienkasse", "Kindergeld 04/2026 KG-Nr. 123FK998877", "Familienkasse"],
    ["Familienkasse", "Kindergeld 04/2026", "Familienkasse"],
    [null, "PRLV SEPA MSA COTISATIONS SOCIALES AGRICOLES", "MSA"],
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
