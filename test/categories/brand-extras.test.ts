// The extra brand lists (src/categories/brands/extra-*.ts): no phrase may belong to another
// brand, and the descriptors banks really print for those businesses name them.
import { describe, expect, it } from "vitest";
import { MERCHANTS } from "../../src/categories/merchant-data.ts";
import { EXTRA_BRANDS } from "../../src/categories/brands/index.ts";
import { matchMerchantText } from "../../src/categories/merchant-dictionary.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { brandPhraseProblems } from "../../scripts/check-brand-phrases.ts";

describe("extra brand lists", () => {
  it("write every phrase folded and give none to two brands", () => {
    expect(brandPhraseProblems(EXTRA_BRANDS, MERCHANTS)).toEqual([]);
  });

  it("report a phrase another brand already has", () => {
    const clash = brandPhraseProblems([["Not Lidl", "shopping", "lidl"]], [...MERCHANTS, ["Not Lidl", "shopping", "lidl"]]);
    expect(clash.map((p) => p.problem)).toContain("also a phrase of Lidl");
  });
});

describe("printed descriptors of the extra brands", () => {
  it.each([
    // Card texts: terminal names, store numbers, processor prefixes, cut fields
    ["ADDLEE*J4K2L9 LONDON GB", "Addison Lee", "transport"],
    ["REGAL UA KAUFMAN ASTORIA", "Regal", "entertainment"],
    ["REGAL CITY NORTH #0712", "Regal", "entertainment"],
    ["REGAL NAILS 0443 DALLAS TX", "Regal Nails", "drugstore"],
    ["SCRIVENS LTD 0213 BIRMINGHAM", "Scrivens", "health"],
    ["RUHRBAHN GMBH ESSEN TICKET", "Ruhrbahn", "transport"],
    ["SAARBAHN GMBH FAHRKARTENAUTOMAT", "Saarbahn", "transport"],
    ["BSAG KUNDENCENTER BREMEN", "BSAG", "transport"],
    ["HEAG MOBILO GMBH DARMSTADT", "HEAG mobilo", "transport"],
    ["VVO Verkehrsverbund Oberelbe App", "VVO", "transport"],
    ["SFMTA MUNI MOBILE SAN FRANCISCO", "SFMTA", "transport"],
    ["METRA MOBILE CHICAGO IL", "Metra", "transport"],
    ["TRAINPAL*TICKET 8812", "Trainpal", "transport"],
    ["DIVIA MOBILITES DIJON", "Divia", "transport"],
    ["INSTAVOLT LTD BASINGSTOKE", "InstaVolt", "fuel"],
    ["SP PLUS PARKING 1234 CHICAGO", "SP+", "fuel"],
    ["SPPLUS*PARKING 0044", "SP+", "fuel"],
    ["HOLIDAY EXTRAS LTD HYTHE", "Holiday Extras", "travel"],
    ["EVA AIR 6952211234567", "EVA Air", "travel"],
    ["FLYDUBAI 1412345678901", "flydubai", "travel"],
    ["HOTEL INDIGO LONDON KENSINGTON", "Hotel Indigo", "travel"],
    ["RED ROOF INN #0231", "Red Roof Inn", "travel"],
    ["CINEPLEXX DONAU ZENTRUM WIEN", "Cineplexx", "entertainment"],
    ["TOPGOLF ORLANDO 0024", "Topgolf", "entertainment"],
    ["PSYCLE LONDON LTD", "Psycle", "entertainment"],
    ["MIRACLE-EAR #2231", "Miracle-Ear", "health"],
    ["CVS CAREMARK MAIL SERVICE", "CVS Caremark", "health"],
    ["PAYPAL *PLENTYOFFISH", "Plenty of Fish", "subscriptions"],
    ["HOYOVERSE GENSHIN SINGAPORE", "HoYoverse", "entertainment"],
    ["Xsolla *Steam Game 4412", "Xsolla", "entertainment"],
    ["CONFISERIE SPRUENGLI AG ZUERICH", "Sprüngli", "groceries"],
    ["OLE & STEEN 0021 LONDON", "Ole & Steen", "restaurants"],
    ["BIG Y 012 SPRINGFIELD MA", "Big Y", "groceries"],
    ["SMOOTHIE KING 1234", "Smoothie King", "restaurants"],
    ["GOLD STAR CHILI #12", "Gold Star Chili", "restaurants"],
    ["NEMO SCIENCE MUSEUM AMSTERDAM", "NEMO Science Museum", "entertainment"],
    ["SCIENCE MUSEUM LONDON", "Science Museum", "entertainment"],
    ["AU BUREAU BRASSERIE LYON", "Au Bureau", "restaurants"],
    ["QUICK REIFENDISCOUNT 22", "Quick Reifendiscount", "fuel"],
    // Direct debits: legal names and creditor names
    ["FULLER SMITH & TURNER PLC", "Fuller's", "restaurants"],
    ["Cooperatie DELA Uitvaartverzekering", "DELA", "insurance"],
    ["Lippische Landesbrandversicherung AG", "Lippische", "insurance"],
    ["Erdgas Schwaben GmbH", "Erdgas Schwaben", "utilities"],
    ["Stadtwerke Bochum GmbH", "Stadtwerke Bochum", "utilities"],
    ["DEW21 Dortmunder Energie- und Wasserversorgung GmbH", "DEW21", "utilities"],
    ["MVV Energie AG", "MVV Energie", "utilities"],
    ["swb Vertrieb Bremen GmbH", "swb", "utilities"],
    ["Bosch BKK", "Bosch BKK", "insurance"],
    ["IKK Südwest", "IKK Südwest", "insurance"],
    ["RTL Deutschland GmbH", "RTL+", "subscriptions"],
    ["Sony Interactive Entertainment Europe", "PlayStation Store", "entertainment"],
    ["EGYM Wellpass GmbH", "Wellpass", "entertainment"],
    ["Wellpass Firmenfitness", "Wellpass", "entertainment"],
    ["UTILITA ENERGY LTD", "Utilita", "utilities"],
    ["ESSEX & SUFFOLK WATER", "Essex & Suffolk Water", "utilities"],
    ["DVLA-AB12CDE", "DVLA", "taxes"],
    ["NV ENERGY SOUTH ONLINE PMT", "NV Energy", "utilities"],
    ["SAFECO INSURANCE PAYMENT", "Safeco", "insurance"],
    ["Mutuelle des Motards PRLV", "Mutuelle des Motards", "insurance"],
    ["ENEDIS RACCORDEMENT", "Enedis", "utilities"],
    ["Zonneplan B.V.", "Zonneplan", "utilities"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });
});

describe("printed descriptors of the ninth brand list", () => {
  it.each([
    // German names of cruise lines and tour operators, and a grocer's travel arm
    ["HAPAG-LLOYD KREUZFAHRTEN GMBH HAMBURG", "Hapag-Lloyd Cruises", "travel"],
    ["COSTA KREUZFAHRTEN 4471", "Costa Crociere", "travel"],
    ["Ameropa-Reisen GmbH", "Ameropa", "travel"],
    ["LIDL REISEN 2211", "Lidl Reisen", "travel"],
    ["DISNEY CRUISE LINE 800-951", "Disney Cruise Line", "travel"],
    // A longer brand beats the shorter one it starts with or contains
    ["OPEL-ZOO KRONBERG", "Opel-Zoo", "entertainment"],
    ["LOWES FOODS #0142 RALEIGH NC", "Lowes Foods", "groceries"],
    ["MAVIS DISCOUNT TIRE 0456", "Mavis Discount Tire", "fuel"],
    // Card texts of regional chains and attractions
    ["ROSENBERGER RASTSTAETTE ANIF", "Rosenberger", "restaurants"],
    ["LIBRO 0231 WIEN", "Libro", "shopping"],
    ["TIERGARTEN SCHOENBRUNN WIEN", "Tiergarten Schönbrunn", "entertainment"],
    ["MR CLUTCH LTD CROYDON", "Mr Clutch", "fuel"],
    ["HYVEE 1420 DES MOINES IA", "Hy-Vee", "groceries"],
    // Direct debits under the legal entity's name
    ["RSG Group GmbH", "McFIT", "entertainment"],
    ["Leidse Onderwijsinstellingen B.V.", "LOI", "education"],
    ["EBS Openbaar Vervoer B.V.", "EBS", "transport"],
    ["DEMOULAS SUPER MARKETS", "Market Basket", "groceries"],
    ["Charter Communications", "Spectrum", "utilities"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });
});

describe("printed descriptors of the eleventh brand list", () => {
  it.each([
    // A health insurer whose name starts with a carmaker's or a charity's is the insurer
    ["Mercedes-Benz BKK", "Mercedes-Benz BKK", "insurance"],
    ["BKK Diakonie", "BKK Diakonie", "insurance"],
    // A stadium named after an insurer is the stadium
    ["ALLIANZ ARENA MUENCHEN STADION GMBH", "Allianz Arena", "entertainment"],
    // Building-society savings plans and private-doctor billing offices on SEPA rows
    ["Bausparkasse Schwaebisch Hall AG", "Bausparkasse Schwäbisch Hall", "savings"],
    ["LBS Westdeutsche Landesbausparkasse", "LBS", "savings"],
    ["Debeka Bausparkasse AG", "Debeka Bausparkasse", "savings"],
    ["PVS rhein-ruhr GmbH", "PVS", "health"],
    ["UPC Schweiz GmbH", "UPC", "utilities"],
    ["Stiftung Warentest", "Stiftung Warentest", "subscriptions"],
    // Card texts: canteens, bakeries, island ferries, mountain railways
    ["SODEXO 4711 KANTINE", "Sodexo", "restaurants"],
    ["VON ALLWOERDEN 12 HAMBURG", "von Allwörden", "groceries"],
    ["FRS SYLTFAEHRE LIST", "FRS Syltfähre", "travel"],
    ["HARZER SCHMALSPURBAHNEN GMBH", "Harzer Schmalspurbahnen", "transport"],
    // UK: a pub company named like an insurer, a ferry named like a games shop
    ["ADMIRAL TAVERNS LTD", "Admiral Taverns", "restaurants"],
    ["ISLE OF MAN STEAM PACKET CO", "Isle of Man Steam Packet", "travel"],
    ["TRENT BARTON NOTTINGHAM", "Trent Barton", "transport"],
    ["GATWICK AIRPORT DROP OFF", "Gatwick Airport", "travel"],
    ["VETS4PETS 0231 LEEDS", "Vets4Pets", "health"],
    ["SYSTEMBOLAGET 0123 STOCKHOLM", "Systembolaget", "groceries"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });
});

describe("printed descriptors of the twelfth brand list", () => {
  it.each([
    // US: toll passes, convenience stores, home security and pest control, visa fees
    ["NTTA TOLLTAG", "NTTA", "fuel"],
    ["TURKEY HILL MINIT MKTS 0123", "Turkey Hill", "fuel"],
    ["ADT SECURITY SERVICES", "ADT", "utilities"],
    ["TERMINIX 1234 MEMPHIS TN", "Terminix", "rent"],
    ["JOLLIBEE 0402 NEW YORK", "Jollibee", "restaurants"],
    ["ESTA APPLICATION CBP", "ESTA", "taxes"],
    // France, the Netherlands and Belgium: landlords, mutualities, island ferries, newspapers
    ["Nexity Lamy", "Nexity", "rent"],
    ["LA DEPECHE DU MIDI ABONNEMENT", "La Dépêche du Midi", "subscriptions"],
    ["Christelijke Mutualiteit", "Christelijke Mutualiteit", "insurance"],
    ["DUWO Delft", "DUWO", "rent"],
    ["ROYAL TESO DEN HELDER", "TESO", "travel"],
    // Spain and Italy: sights, a lagoon's waterbuses, alarm monitoring
    ["SAGRADA FAMILIA BARCELONA", "Sagrada Família", "entertainment"],
    ["ACTV VENEZIA", "ACTV", "transport"],
    ["Securitas Direct Espana", "Securitas Direct", "utilities"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });

  it("leave a butcher's own name to the butcher and a bakery's to the bakery", () => {
    // A quality label shared by independent butchers and a word inside another shop's name name no chain.
    expect(merchantName({ counterpartyName: "KEURSLAGER VAN BEEK" })).toBe("Keurslager Van Beek");
    expect(matchMerchantText("THE LITTLE LOAF LTD")).toBeNull();
  });
});

describe("printed descriptors of the thirteenth brand list", () => {
  it.each([
    // A company health fund, a paper or a bath named after another brand is its own business
    ["R+V BKK", "R+V BKK", "insurance"],
    ["WMF BKK", "WMF BKK", "insurance"],
    ["Nuernberger Zeitung GmbH", "Nürnberger Zeitung", "subscriptions"],
    ["SWM BAEDER MUENCHEN", "SWM Bäder", "entertainment"],
    ["COOP BAU+HOBBY 1234 ZUERICH", "Coop Bau+Hobby", "shopping"],
    ["TANKE WIEN ENERGIE 1100", "Wien Energie Tanke", "fuel"],
    // Umlauts spelled out, as German banks print them
    ["Stadtwerke Schwaebisch Hall GmbH", "Stadtwerke Schwäbisch Hall", "utilities"],
    ["BAECKEREI SINNACK BOCHOLT", "Sinnack", "groceries"],
    ["FEINKOST KAEFER MUENCHEN", "Käfer", "groceries"],
    ["OEBB-POSTBUS GMBH", "Postbus", "transport"],
    // Card texts and creditor names
    ["SCHUHHAUS DIELMANN DARMSTADT", "Dielmann", "shopping"],
    ["Verkehrsverbund Mainfranken", "VVM", "transport"],
    ["Signal Iduna Bauspar AG", "Signal Iduna Bauspar", "savings"],
    ["Berliner Stadtreinigung BSR", "BSR", "utilities"],
    ["WARNOWTUNNEL ROSTOCK", "Warnowtunnel", "fuel"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });

  it("leaves a Dutch post-office box (postbus) to the sender, not the Austrian bus company", () => {
    expect(merchantName({ counterpartyName: "Belastingdienst Postbus 9048" })).toBe("Belastingdienst");
  });
});

describe("printed descriptors of the fourteenth brand list", () => {
  it.each([
    // A Paris department store spelled like a British fashion chain, a Belgian grocer named like another
    ["LE BON MARCHE RIVE GAUCHE PARIS", "Le Bon Marché", "shopping"],
    ["BONMARCHE 0231 LEEDS", "Bonmarché", "shopping"],
    ["LOUIS DELHAIZE 123 CHARLEROI", "Louis Delhaize", "groceries"],
    ["AD DELHAIZE GENT", "Delhaize", "groceries"],
    // A chain's own name beats the kind of business and the hotel group behind it
    ["MEAGHERS PHARMACY BALBRIGGAN", "Meaghers Pharmacy", "health"],
    ["MALDRON HOTEL PARNELL SQ", "Maldron Hotels", "travel"],
    ["WINGATE BY WYNDHAM 0042", "Wingate", "travel"],
    // Irish, US and French tolls and water, a newspaper billed by its publisher
    ["EFLOW M50 TOLL", "eFlow", "fuel"],
    ["NJ TURNPIKE 123", "New Jersey Turnpike", "fuel"],
    ["ATMB PEAGE", "ATMB", "fuel"],
    ["UISCE EIREANN", "Uisce Éireann", "utilities"],
    ["MEDIAFIN NV", "De Tijd", "subscriptions"],
    ["SUPERMACS 0231 GALWAY", "Supermac's", "restaurants"],
    ["PAPPADEAUX #0042 HOUSTON TX", "Pappadeaux", "restaurants"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });

  it("leave a person who shares a brewery's or a cafe's name to the person, and common words to no brand", () => {
    expect(matchMerchantText("THWAITES J")).toBeNull();
    expect(matchMerchantText("JOSEPH HOLT")).toBeNull();
    expect(matchMerchantText("FARMER J")).toBeNull();
    expect(matchMerchantText("VOOR DE TIJD")).toBeNull();
    expect(matchMerchantText("LA LIBRE SERVICE")).toBeNull();
  });
});

describe("printed descriptors of the fifteenth brand list", () => {
  it.each([
    // French city networks, car parks, tolls, mutuelles and water boards, on card and SEPA rows
    ["LPA BELLECOUR LYON", "Lyon Parc Auto", "fuel"],
    ["PONT DE L ILE DE RE PEAGE", "Pont de l'Île de Ré", "fuel"],
    ["BIBUS BREST", "Bibus", "transport"],
    ["ROISSYBUS PARIS", "Roissybus", "transport"],
    ["MUTUELLE SAINT CHRISTOPHE", "Mutuelle Saint-Christophe", "insurance"],
    ["Groupe Pasteur Mutualite", "Groupe Pasteur Mutualité", "insurance"],
    ["AUDITION MUTUALISTE 0421 NANTES", "Audition Mutualiste", "health"],
    ["SEDIF PRLV", "SEDIF", "utilities"],
    ["HYPER CACHER VINCENNES", "Hyper Cacher", "groceries"],
    ["5 A SEC PARIS", "5àsec", "drugstore"],
    // A longer brand beats the shorter one it starts with, and a kind of business
    ["BRICO CASH 0412", "Brico Cash", "shopping"],
    ["BRICO OK MILANO", "Brico Ok", "shopping"],
    ["LLOYDS FARMACIA ROMA", "LloydsFarmacia", "health"],
    ["TAXI STOCKHOLM", "Taxi Stockholm", "transport"],
    ["Federale Verzekering", "Federale Verzekering", "insurance"],
    // Chains travellers meet in Portugal, Poland and the Nordics, and US and UK chains
    ["CONTINENTE MODELO PORTO", "Continente", "groceries"],
    ["ZABKA Z1234 K.1 WARSZAWA", "Żabka", "groceries"],
    ["DINO POLSKA 1234", "Dino", "groceries"],
    ["R-KIOSKI 1234 HELSINKI", "R-Kioski", "groceries"],
    ["SEES CANDIES #0123", "See's Candies", "groceries"],
    ["MEATLIQUOR LTD LONDON", "MEATliquor", "restaurants"],
    // Coffee houses whose names say no coffee word, behind a card reader's prefix
    ["SQ *GRINDSMITH       MANCHESTER", "Grindsmith", "restaurants"],
    ["SQ *FIG + SPARROW      MANCHESTER     GBR", "Fig + Sparrow", "restaurants"],
    ["Zettle_*Lot Sixty One AMSTERDAM, NL", "Lot Sixty One", "restaurants"],
  ])("%s is %s (%s)", (text, name, key) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchantText(text)?.categoryKey).toBe(key);
  });

  it("leave a common word, a hotel or another hire company's 'rent a car' to their own names", () => {
    // "Rent A Car", "Continente", "Cyclable" and "Dino" name the chain only as the first word or with their own word.
    expect(matchMerchantText("ALAMO RENT A CAR")?.name).toBe("Alamo");
    expect(matchMerchantText("BUDGET RENT A CAR")?.name).toBe("Budget");
    expect(matchMerchantText("HOTEL CONTINENTE")?.name).not.toBe("Continente");
    expect(matchMerchantText("PISTE CYCLABLE")).toBeNull();
    expect(matchMerchantText("DINO PIZZA")).toBeNull();
    expect(matchMerchantText("PREVOIR UN RDV")).toBeNull();
  });
});
