// Shapes met in pet owners' and gardeners' accounts: the trades that care for animals and gardens,
// and the way banks print their names. Each case is a made-up shop of a shape many real ones share.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("pet care trades are bought services, filed with the pet shops", () => {
  itCategorizes([
    ["HUNDEFRISEUR PFOTENGLUECK", null, "-45.00", "shopping"],
    ["SUMUP *HUNDESALON STRUPPI", null, "-38.50", "shopping"],
    [null, "SUMUP *TIERPENSION AM DEICH", "-120.00", "shopping"],
    [null, "Kartenzahlung HUNDEPENSION WALDESRUH. 12345678//Kassel", "-90.00", "shopping"],
    ["GASSI-SERVICE ELBAUE", null, "-60.00", "shopping"],
    ["TRIMSALON DE GLANZENDE VACHT", null, "-42.00", "shopping"],
    [null, "BEA   NR:XXX111   01.02.26/10.00 KATTENPENSION MIAUW V.O.F. Leiden,PAS123", "-55.00", "shopping"],
    ["HONDENUITLAATSERVICE BOSWANDELING", null, "-80.00", "shopping"],
    [null, "CARTE 02/03/26 CB SUMUP *TOILETTAGE CANIN CB*1234", "-35.00", "shopping"],
    [null, "CARTE 02/03/26 PENSION CANINE DES PINS CB*1234", "-140.00", "shopping"],
    [null, "SQ *HAPPY TAILS DOG WALKING ON 12 MAR          CPM", "-25.00", "shopping"],
    [null, "OAKFIELD BOARDING KENNELS ON 14 AUG          BCC", "-150.00", "shopping"],
    [null, "CHECKCARD 0301 PAWSOME PET GROOMING AUSTIN TX 1234", "-60.00", "shopping"],
    [null, "SQ *BRIARWOOD DOG GROOMING 1234   ON 09 OCT          CPM", "-48.00", "shopping"],
    [null, "WILLOWBANK CATTERY LTD LEEDS GBR", "-95.00", "shopping"],
  ]);
});

describe("pet food is bought like any shop's goods", () => {
  itCategorizes([
    [null, "Kartenzahlung FUTTERHAUS AM SEE. 12345678//Berlin", "-32.00", "shopping"],
    ["NORDFUTTER TIERNAHRUNG GMBH", null, "-49.90", "shopping"],
    ["DIERENVOEDING DE KORF", null, "-29.00", "shopping"],
    ["HIGHLAND PET FOOD LTD", null, "-40.00", "shopping"],
  ]);
});

describe("gardens' trades, plants and seeds are shopping; a farm's market is groceries", () => {
  itCategorizes([
    ["SumUp *GaLaBau Brockmann", null, "-210.00", "shopping"],
    ["GARTENSERVICE HOLSTEIN INH. J. PETERS", null, "-170.00", "shopping"],
    ["BAUMPFLEGE KRUSE", null, "-300.00", "shopping"],
    ["PFLANZENHOF AM WALDRAND", null, "-44.00", "shopping"],
    ["STAUDENGAERTNEREI LINDENBLICK", null, "-27.00", "shopping"],
    ["ALB SAATGUT GMBH", null, "-19.00", "shopping"],
    ["BOOMVERZORGING VELUWE", null, "-250.00", "shopping"],
    ["HOVENIERSBEDRIJF JANSEN", null, "-400.00", "shopping"],
    [null, "CARTE 02/03/26 ELAGAGE DU PERIGORD CB*1234", "-300.00", "shopping"],
    [null, "CARTE 02/03/26 SARL PAYSAGISTE MARTIN CB*1234", "-300.00", "shopping"],
    [null, "OAKLEY TREE SURGERY LTD MANCHESTER GBR", "-400.00", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 05/02 CEDAR CREEK LANDSCAPING SEATTLE WA S123 CARD 1234", "-220.00", "shopping"],
    [null, "CHECKCARD 0301 SUMMIT TREE SERVICE AUSTIN TX 1234", "-500.00", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 06/18 RIO GRANDE NURSERY SEATTLE CA S040 CARD 9475", "-80.00", "shopping"],
    [null, "CHECKCARD 0119 PRAIRIE HERITAGE SEEDS SAN JOSE CA 714064", "-22.00", "shopping"],
    [null, "Kartenzahlung FRANKENWALD BAUERNMARKT. 12345678//Hof", "-61.00", "groceries"],
  ]);
});

describe("a child's day nursery stays out of the garden trade", () => {
  itCategorizes([
    ["LITTLE OAKS DAY NURSERY", "NURSERY FEES MARCH", "-900.00", "education"],
  ]);
});

describe("pet food, seed and garden brands people meet again are named as the brand", () => {
  it.each([
    ["PAYPAL *BELLFOR 4029357733", "Bellfor", "shopping"],
    ["TERRACANIS.DE MUENCHEN", "Terra Canis", "shopping"],
    ["JOSERA GMBH & CO KG KLEINHEUBACH", "Josera", "shopping"],
    ["GARDENA SHOP ULM", "Gardena", "shopping"],
    ["KIEPENKERL PFLANZENZUECHTUNG", "Kiepenkerl", "shopping"],
    ["MAGICGARDENSEEDS.DE", "Magic Garden Seeds", "shopping"],
    ["CHECKCARD 0512 DOGTOPIA OF AUSTIN TX", "Dogtopia", "shopping"],
    ["CAMP BOW WOW DENVER #203 DENVER CO", "Camp Bow Wow", "shopping"],
    ["JOHNNY S SELECTED SEEDS WINSLOW ME", "Johnny's Selected Seeds", "shopping"],
    ["BURPEE SEEDS AND PLANTS", "Burpee", "shopping"],
    ["J PARKERS ORDER 12345", "J Parker's", "shopping"],
    ["BELLA AND DUKE LTD", "Bella & Duke", "shopping"],
    ["CARNIBEST B.V. ZWOLLE", "Carnibest", "shopping"],
    ["FLUWEL.NL SINT MAARTEN", "Fluwel", "shopping"],
    ["DE BOLSTER ZADEN", "De Bolster", "shopping"],
    ["PETBNB.NL AMSTERDAM", "Petbnb", "shopping"],
    ["HOLIDOG SAS PARIS", "Holidog", "shopping"],
    ["MEILLAND RICHARDIER LYON", "Meilland Richardier", "shopping"],
    ["HARDWARE HANK #212 ELY MN", "Hardware Hank", "shopping"],
    ["BARTLETT TREE EXPERT CO STAMFORD CT", "Bartlett Tree Experts", "shopping"],
    ["DAVEY TREE EXPERT CO KENT OH", "Davey Tree", "shopping"],
    ["BAKER CREEK HEIRLOOM SEEDS MANSFIELD MO", "Baker Creek", "shopping"],
    ["HARRINGTONS PET FOOD ONLINE", "Harringtons", "shopping"],
    ["NOM NOM NOW INC", "Nom Nom", "shopping"],
    ["WOOF GANG BAKERY & GROOMING #12 ORLANDO FL", "Woof Gang Bakery", "shopping"],
    ["VILMORIN GARDEN LA MENITRE", "Vilmorin", "shopping"],
    ["LA MONTANITA CO-OP NOB HILL ALBUQUERQUE NM", "La Montañita Co-op", "groceries"],
    ["ABCWUA ONLINE PMT", "ABCWUA", "utilities"],
    ["JOSEPH ROWNTREE HOUSING JRHT RENT ACC 7781 BGC", "Joseph Rowntree Housing Trust", "rent"],
    ["E.DISCOM TELEKOMMUNIKATION GMBH ROSTOCK", "e.discom", "utilities"],
  ])("%s → %s (%s)", (description, label, category) => {
    expect(merchantName({ description })).toBe(label);
    expect(categoryOf(null, description, "-40.00")).toBe(category);
  });
});

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a web address runs a seed house's or pet-food shop's kind into its name", () => {
  itLabels([
    ["GREENLEAFSAATGUT.DE", "Greenleaf Saatgut"],
    ["HIGHMOORPETFOOD.CO.UK", "Highmoor Petfood"],
    ["PRAIRIEGOLDSEEDS.COM", "Prairiegold Seeds"],
    ["KLAVERTJEZADEN.NL", "Klavertje Zaden"],
  ]);
});

describe("a kennel's or an animal hospital's word cut by the card field is completed", () => {
  itLabels([
    ["WILLOWBROOK BOARDING KENNLEEDS          GBR", "Willowbrook Boarding Kennels"],
    ["CACTUS FLATS ANIMAL HOSPITAPHOENIX        AZ", "Cactus Flats Animal Hospital"],
  ]);
});

describe("what a person was paid back for follows their name", () => {
  itLabels([
    ["JORDAN MERCER FOR FEEDING THE CATS", "Jordan Mercer"],
    ["OWEN CASTILLO FOR MOWING 0512 12345678 JANE DOE", "Owen Castillo"],
    ["PRIYA NANDA HALF THE FENCE PAINT", "Priya Nanda"],
    ["MS D OKAFOR HALF OF VET BILL", "D Okafor"],
  ]);
  it("keeps a shop named for what it is for", () => {
    expect(merchantName({ description: "THE HALF MOON PUTNEY" })).toBe("The Half Moon");
  });
});

describe("a club's or association's name, its purpose after it", () => {
  itLabels([
    ["HILLCREST ROSE SOCIETY ROSE SOCIETY DUES 2026", "Hillcrest Rose Society"],
    ["PINE VALLEY ORCHID CLUB ORCHID CLUB SUBS 0412 12345678 JANE DOE", "Pine Valley Orchid Club"],
    ["SO BRAMLEY ALLOTMENT ASSOC PLOT RENT 2026", "Bramley Allotment Association"],
    ["KESWICK BEEKEEPERS ASSN", "Keswick Beekeepers Association"],
  ]);
  it("keeps a name that is its own words twice", () => {
    expect(merchantName({ description: "NEW YORK NEW YORK HOTEL LAS VEGAS NV" })).not.toBe("New York");
  });
});

describe("a French allotment association's dues are the garden hobby's, not its water", () => {
  itCategorizes([
    [null, "VIR SEPA ASSOC JARDINS OUVRIERS DE BERGERAC COTISATION + EAU 2026", "-30.00", "other"],
    [null, "PRLV SEPA JARDINS FAMILIAUX DU VAL ADHESION 2026", "-25.00", "other"],
  ]);
});
