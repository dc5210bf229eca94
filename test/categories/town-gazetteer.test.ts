// Small towns printed after a local shop's name come off the label like big cities do; a town that is also a word,
// a name or a brand stays out of the town list on purpose.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { CITIES } from "../../src/categories/places.ts";
import { TOWN_WORDS } from "../../src/categories/town-words.ts";
import { TOWNS_DE } from "../../src/categories/towns-de.ts";
import { TOWNS_FR, TOWNS_US } from "../../src/categories/towns-fr-us.ts";
import { TOWNS_AT_CH, TOWNS_NL_BE_LU, TOWNS_UK_IE } from "../../src/categories/towns-intl.ts";
import { foldText } from "../../src/categories/normalize.ts";

describe("a small town after a local shop's name is where the card was used", () => {
  it.each<[string, string]>([
    // DKB's space-padded NAME CITY CC, ING's VISA line, a bare card line (bank-formats §3.2, §3.3)
    ["BAUMSCHULE DREESEN      SALZWEDEL     DE", "Baumschule Dreesen"],
    ["VISA BAECKEREI TERHECHTE TELGTE", "Baeckerei Terhechte"],
    ["EISENWAREN PAULY WESTERBURG", "Eisenwaren Pauly"],
    ["HOERAKUSTIK MERTES PRUEM", "Hoerakustik Mertes"],
    ["TOSKANA THERME BAD SULZA", "Toskana Therme"],
    ["LOEWEN APOTHEKE BAD SULZA", "Loewen Apotheke"],
    // UK contactless and SumUp lines
    ["SUMUP *SHIRE CARS OSWESTRY GB", "Shire Cars"],
    ["))) SOWERBY MOTORS THIRSK", "Sowerby Motors"],
    ["HANNAS BAKERY PORTADOWN", "Hannas Bakery"],
    // NL: a CCV terminal
    ["CCV*TANDARTSENPRAKTIJK DE VESTING HULST", "Tandartsenpraktijk De Vesting"],
    // FR: carte bancaire
    ["CB BOULANGERIE DUPONT MONTBELIARD", "Boulangerie Dupont"],
    ["PAIEMENT CB CAVE DES VIGNERONS LIBOURNE", "Cave Des Vignerons"],
    // US: Square and Toast
    ["SQ *BLUE HERON CAFE KALAMAZOO MI", "Blue Heron Cafe"],
    ["TST* RIVER BEND GRILL - MURFREESBORO", "River Bend Grill"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });
});

describe("a small town that is the name's own stays", () => {
  it.each<[string, string]>([
    // After a one-word name only a city everyone knows is taken for where it was paid.
    ["KREISBOTE WEILHEIM DIGITALABO 4471", "Kreisbote Weilheim"],
    ["Verbandsgemeindekasse Montabaur", "Verbandsgemeinde Montabaur"],
    // A parish, a bank or a district goes by its town.
    ["Evangelische Kirchengemeinde Telgte", "Evangelische Kirchengemeinde Telgte"],
    ["Volksbank Heuberg Meßstetten", "Volksbank Heuberg Meßstetten"],
    ["Abfallwirtschaft Kreis Warendorf", "Abfallwirtschaft Kreis Warendorf"],
    // After a title it is the doctor's surname.
    ["HAUSARZTPRAXIS DR. EBERSBACH", "Hausarztpraxis Dr. Ebersbach"],
    // A town that is also a word ends the name unless a country code follows it.
    ["GUTES ESSEN BERLIN", "Gutes Essen"],
    ["LECKER ESSEN", "Lecker Essen"],
    ["FRESH BATH", "Fresh Bath"],
    ["BOOTS BATH GBR", "Boots"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });
});

describe("the gazetteer", () => {
  const listed = (town: string) => [TOWNS_DE, TOWNS_AT_CH, TOWNS_UK_IE, TOWNS_NL_BE_LU, TOWNS_FR, TOWNS_US].flat().some((t) => foldText(t) === town);

  it("reads towns of every country asked for, in every spelling banks print", () => {
    for (const town of ["salzwedel", "westerburg", "prum", "pruem", "bad sulza", "oswestry", "thirsk", "hulst", "montbeliard", "libourne", "kalamazoo", "murfreesboro", "st dizier", "ste maxime"]) {
      expect(CITIES.has(town), town).toBe(true);
    }
  });

  // Collisions left out on purpose: each is a real town in the gazetteer, and a word, name or brand a shop's name ends in.
  it.each([
    "stein", "berg", "wedding", "plaisir", "grave", "peer", "forest", "spring", "mission", "warren", "parker", "keller",
    "dijk", "saint pierre", "corona", "hoover", "goodyear", "westfield", "royal oak", "canton", "jever", "chimay", "cognac", "lakeland",
  ])("%s is a town of the gazetteer that is not read as one", (town) => {
    expect(listed(town) || TOWN_WORDS.has(town)).toBe(true);
    expect(CITIES.has(town)).toBe(false);
  });

  it.each<[string, string]>([
    ["CAFE CORONA DUESSELDORF", "Cafe Corona"],
    ["THE ROYAL OAK", "The Royal Oak"],
    ["SLAGERIJ VAN DIJK HOORN", "Slagerij Van Dijk Hoorn"],
    ["FLEURISTE SAINT PIERRE", "Fleuriste Saint Pierre"],
  ])("keeps a name ending in such a word: %s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });
});
