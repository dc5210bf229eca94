// Label shapes that came out wrong after pool 56: a legal form written in title case before the comma that ends
// the name, a French creditor's purpose (a tax, a school trip, a canteen) read as part of its name and a French tax
// office not filed as taxes, a fee's wording after a name, and a one-word brand read at the end of another shop's
// name. Every business and row is made up, in the printed shapes of bank-formats.md §3; each rule has a guard that
// must stay as it is. (A joined or a field-cut form of one merchant is linked across a person's rows:
// test/merchants/name-variants.test.ts.)
import { describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { labelOf, itLabels, itCategorizes } from "../helpers/label-rows.ts";

/** Labels one merchant's key: case and accents a bank cannot print ("Lycée", "de") do not make another merchant. */
const itKeys = (cases: [string | null, string | null, string][]) =>
  it.each(cases)("%s / %s → %s", (counterparty, description, name) => {
    const label = labelOf(counterparty, description);
    expect(label && merchantKey(label)).toBe(merchantKey(name));
  });

describe("a legal form in title case before a comma is no part of the name", () => {
  itLabels([
    ["Birkenhain-apotheke Ohg, BEISPIELSTADT DE", null, "Birkenhain-apotheke"],
    ["Kornblick Feinkost Kg, BEISPIELSTADT DE", null, "Kornblick Feinkost"],
    ["Brenmoor Fliesen Gbr, BEISPIELSTADT DE", null, "Brenmoor Fliesen"],
    ["Wolkendal Tegelhuis Bv, BEISPIELDORP NL", null, "Wolkendal Tegelhuis"],
    ["Harrowdene Joinery Llp, BEISPIELTON GB", null, "Harrowdene Joinery"],
  ]);
  // Guard: a Postbank payee cut at 20 characters keeps what it has: only its uncut form, elsewhere, can complete it.
  itLabels([
    ["Lindel-Apotheke Haun", null, "Lindel-Apotheke Haun"],
    ["Landmetzgerei Brunsk", null, "Landmetzgerei Brunsk"],
  ]);
  // Guard: the same word without a comma after it, where it may be a name's own, stays as before.
  itLabels([["Ohg Wohnbau Nord", null, "Ohg Wohnbau Nord"]]);
});

describe("a French creditor's purpose after its name is no part of it", () => {
  itLabels([
    [null, "PRLV SEPA SIP BEISPIELVILLE NORD TAXE FONCIERE 2026 AVIS 5621809", "SIP Beispielville Nord"],
    [null, "PRLV SEPA SIP BEISPIELVILLE NORD TAXE D HABITATION 2026", "SIP Beispielville Nord"],
    [null, "PRLV SEPA MAIRIE DE BEISPIELVILLE CANTINE JANVIER 2026", "Mairie De Beispielville"],
    [null, "VIR SEPA CLUB NAUTIQUE DE BEISPIELVILLE ADHESION 2026", "Club Nautique De Beispielville"],
    [null, "PRLV SEPA ECOLE DE DANSE ARABESQUE INSCRIPTION 2026 2027", "Ecole De Danse Arabesque"],
    [null, "PRLV SEPA INSTITUT SAINTE VERONE FRAIS DE SCOLARITE T2", "Institut Sainte Verone"],
    [null, "PRLV SEPA COLLEGE LES TILLEULS SORTIE SCOLAIRE MUSEE", "College Les Tilleuls"],
    [null, "PRLV SEPA GARAGE DES ROCHES ACOMPTE DEVIS 2211", "Garage Des Roches"],
  ]);
  itKeys([[null, "PRLV SEPA LYCEE ARISTIDE VERNEUIL VOYAGE SCOLAIRE ESPAGNE 1ERE ACOMPTE", "Lycée Aristide Verneuil"]]);
  itCategorizes([
    [null, "PRLV SEPA SIP BEISPIELVILLE NORD TAXE FONCIERE 2026 AVIS 5621809", "-712.00", "taxes"],
    [null, "PRLV SEPA LYCEE ARISTIDE VERNEUIL VOYAGE SCOLAIRE ESPAGNE 1ERE ACOMPTE", "-180.00", "education"],
  ]);
  // Guard: an employer's pay keeps the employer's name and is pay, as before; a name that begins with a purpose's word keeps it.
  itLabels([
    [null, "VIR SEPA FONDERIES DU MORVELLE SALAIRE MARS 2026", "Fonderies Du Morvelle"],
    [null, "CARTE 14/02/26 LA CANTINE DU PORT CB*1234", "La Cantine Du Port"],
  ]);
  itCategorizes([
    [null, "VIR SEPA FONDERIES DU MORVELLE SALAIRE MARS 2026", "2140.00", "salary"],
    [null, "CARTE 14/02/26 LA CANTINE DU PORT CB*1234", "-18.50", "restaurants"],
  ]);
});

describe("a French tax office is taxes, whatever the purpose says", () => {
  itCategorizes([
    [null, "PRLV SEPA SIP BEISPIELVILLE NORD 2026 AVIS 5621809", "-320.00", "taxes"],
    [null, "PRLV SEPA SIE BEISPIELVILLE 2026 REF 55120", "-410.00", "taxes"],
    [null, "PRLV SEPA CENTRE DES FINANCES PUBLIQUES BEISPIELVILLE 2026", "-95.00", "taxes"],
  ]);
  // Guard: a café named SIP is no tax office.
  itCategorizes([[null, "CARTE 14/02/26 SIP AND BITE CAFE CB*1234", "-8.00", "restaurants"]]);
});

describe("a fee's wording after a name is the purpose", () => {
  itLabels([
    [null, "QUILLMARK APPLICATION FEE", "Quillmark"],
    [null, "HARBOURSIDE RUNNERS REGISTRATION FEE", "Harbourside Runners"],
    [null, "GROVELIGHT PLAYHOUSE BOOKING FEE", "Grovelight Playhouse"],
  ]);
});

describe("a short one-word brand ending another shop's two-word name is that shop's word", () => {
  itLabels([
    [null, "FROTHY CITEA LEEDS", "Frothy Citea"],
    [null, "CARD PAYMENT TO FROTHY CITEA", "Frothy Citea"],
  ]);
  itCategorizes([[null, "FROTHY CITEA LEEDS", "-4.80", "other"]]);
  // Guard: the brand behind a wrapper, a processor's star or a town, and the brand alone, are the brand.
  itLabels([
    [null, "PAYPAL *CITEA", "Citéa"],
    [null, "SQ *CITEA", "Citéa"],
    [null, "CITEA BEISPIELTON", "Citéa"],
    [null, "GOOGLE PAY CITEA", "Citéa"],
    [null, "LEEDS CITEA 0412", "Citéa"],
    [null, "LEEDS CITEA GB", "Citéa"],
  ]);
  // Guard: a firm's honorific before its brand, a longer brand after its operator's name, and a brand in capitals
  // (initials: a cash machine) stay the brand.
  itLabels([
    [null, "KONINKLIJKE AUPING B.V. 7588", "Auping"],
    [null, "AMREST STARBUCKS MADRID", "Starbucks"],
    [null, "WESTERLYBANK ATM 12/15 #441737 WITHDRWL AUSTIN CA", "ATM"],
  ]);
  itCategorizes([[null, "PAYPAL *CITEA", "-1.60", "transport"]]);
});
