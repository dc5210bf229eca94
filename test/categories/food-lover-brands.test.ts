// Brands home cooks pay (brands/food-lovers.ts), written as the descriptors several banks print for them: each gets the
// brand's label and its category. Beside them, payees that share a word with one of those brands keep their own label.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("cookware makers and kitchen shops are shopping", () => {
  itNames([
    ["KUSTERMANN HAUSHALTWARE//MUENCHEN/DE", "2025-03-28T21:51 Debitk.2 2027-12", "-49.90", "Kustermann", "shopping"],
    ["Fissler GmbH Idar-Oberstein", "Handyzahlung", "-129.00", "Fissler", "shopping"],
    ["PAYPAL *SPRINGLANE 4029357733", "", "-39.99", "Springlane", "shopping"],
    ["Kookpunt B.V. 1234", "Pasvolgnr: 001 26-08-2026 10:57 Transactie: 000001 Term: AB111C", "-24.95", "Kookpunt", "shopping"],
  ]);
});

describe("meal kits, veg boxes, delivered groceries and wine merchants are groceries", () => {
  itNames([
    [null, "VIS PASTAEVANGELISTS.COM LONDON", "-42.00", "Pasta Evangelists", "groceries"],
    ["etepetete GmbH", "Retterbox Obst und Gemuese Mai 2026 Kd 1234", "-29.90", "etepetete", "groceries"],
    [null, "PRLV SEPA POTAGER CITY PANIER SEMAINE 12", "-21.50", "Potager City", "groceries"],
    [null, "PIETERPOT.NL Utrecht, NL", "-61.20", "Pieter Pot", "groceries"],
    ["LUDWIG VON KAPFF GMBH BREMEN", "Kartenzahlung", "-86.40", "Ludwig von Kapff", "groceries"],
    [null, "GRAPEDISTRICT.NL Amsterdam, NL", "-74.30", "Grapedistrict", "groceries"],
    [null, "CHECKCARD 1201 HARRY & DAVID #42 MEDFORD OR 12345678901234567890123", "-59.99", "Harry & David", "groceries"],
  ]);
});

describe("a restaurant's dishes, sent by post or eaten there, are its meals", () => {
  itNames([
    [null, "CHECKCARD 0507 GOLDBELLY.COM NEW YORK NY 30539395004144447758137", "-89.00", "Goldbelly", "restaurants"],
    [null, "RICK STEIN PADSTOW       PADSTOW       GBR", "-96.00", "Rick Stein", "restaurants"],
  ]);
});

describe("payees that share a word with a food lover's brand keep their own label", () => {
  itKeeps([
    [null, "HARRY RAMSDENS 0011 BLACKPOOL", "Harry & David"],
    ["Pieter de Vries", "Terugbetaling etentje", "Pieter Pot"],
  ]);
});
