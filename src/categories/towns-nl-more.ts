// Dutch woonplaatsen of about 3,000 inhabitants or more, Belgian and Luxembourg towns, and Austrian and Swiss market
// towns and resorts that the first lists lacked, as they spell themselves. Written from general knowledge; places.ts
// folds them and keeps out words, names and brands. Left out on purpose: places that are a Dutch, German or French
// word or a surname ("Borne", "Reken", "Brunnen", "Buchs", "Horn", "Rust", "Berkel en Rodenrijs").

// The Netherlands.
export const TOWNS_NL_MORE: readonly string[] = [
  "Aalsmeer", "Uithoorn", "Abcoude", "Weesp", "Muiden", "Naarden", "Blaricum", "Laren", "Baarn", "Bunschoten",
  "Spakenburg", "Nijkerk", "Ermelo", "Elburg", "Nunspeet", "Epe", "Heerde", "Hattem", "Dronten", "Emmeloord", "Lemmer",
  "Joure", "Bolsward", "Franeker", "Harlingen", "Dokkum", "Burgum", "Buitenpost", "Surhuisterveen", "Gorredijk",
  "Wolvega", "Oosterwolde", "Steenwijk", "Hoogeveen", "Coevorden", "Hardenberg", "Ommen", "Dalfsen", "Raalte",
  "Rijssen", "Holten", "Nijverdal", "Almelo", "Vriezenveen", "Tubbergen", "Oldenzaal", "Haaksbergen", "Winterswijk",
  "Groenlo", "Lichtenvoorde", "Aalten", "Borculo", "Eibergen", "Neede", "Lochem", "Zutphen", "Doesburg", 
  "Zevenaar", "Didam", "Westervoort", "Bemmel", "Huissen", "Wijchen", "Druten", "Tiel", "Culemborg", "Geldermalsen",
  "Zaltbommel", "Leerdam", "Vianen", "IJsselstein", "Montfoort", "Oudewater", "Bodegraven", "Alphen aan den Rijn",
  "Waddinxveen", "Boskoop", "Schoonhoven", "Krimpen aan den IJssel", "Capelle aan den IJssel", "Ridderkerk",
  "Barendrecht", "Hendrik-Ido-Ambacht", "Zwijndrecht", "Papendrecht", "Sliedrecht", "Hardinxveld-Giessendam",
  "Alblasserdam", "Oud-Beijerland", "Hellevoetsluis", "Brielle", "Rozenburg", "Maassluis", "Naaldwijk", "Wateringen",
  "Poeldijk", "'s-Gravenzande", "Pijnacker", "Nootdorp", "Bergschenhoek", "Zevenhuizen", "Voorschoten", "Leiderdorp",
  "Oegstgeest", "Rijnsburg", "Sassenheim", "Hillegom", "Noordwijkerhout", "Nieuw-Vennep", "Badhoevedorp",
  "Zwanenburg", "Heemskerk", "Castricum", "Uitgeest", "Heiloo", "Schagen", "Julianadorp", "Enkhuizen", "Medemblik",
  "Volendam", "Monnickendam", "Wormerveer", "Krommenie", "Assendelft", "Zaandijk", "Wormer", "Oostzaan", "Landsmeer",
  "Heerhugowaard", "Bergen op Zoom", "Halsteren", "Etten-Leur", "Zundert", "Rucphen", "Oudenbosch", "Steenbergen",
  "Zevenbergen", "Oosterhout", "Dongen", "Goirle", "Hilvarenbeek", "Oisterwijk", "Vught", "Boxtel",
  "Sint-Michielsgestel", "Schijndel", "Veghel", "Uden", "Rosmalen", "Drunen", "Vlijmen", "Kaatsheuvel", "Nuenen",
  "Geldrop", "Mierlo", "Waalre", "Valkenswaard", "Veldhoven", "Eersel", "Bladel", "Bergeijk", "Oirschot",
  "Sint-Oedenrode", "Gemert", "Boxmeer", "Cuijk", "Deurne", "Someren", "Nederweert", "Venray", "Gennep", 
  "Blerick", "Arcen", "Baarlo", "Belfeld", "Grubbenvorst", "Maasbree", "Sevenum", "Heythuysen", "Maasbracht",
  "Posterholt", "Herkenbosch", "Panningen", "Reuver", "Swalmen", "Susteren", "Geleen", "Meerssen", "Valkenburg", "Gulpen", "Vaals",
  "Simpelveld", "Landgraaf", "Brunssum", "Hoensbroek", "Voerendaal", "Eijsden", "Zierikzee", "Veere", "Domburg",
  "Hulst", "Oostburg", "Yerseke", "Tholen", "Bunnik", "Driebergen", "Maarssen", "Breukelen", "De Bilt", "Bilthoven",
  "Leusden", "Woudenberg", "Rhenen", "Wijk bij Duurstede", "Bennekom", "Renkum", "Oosterbeek", "Rheden", "Velp",
  "Twello", "Zuidhorn", "Hoogezand", "Veendam", "Winschoten", "Stadskanaal", "Delfzijl",
  "Appingedam", "Winsum", "Uithuizen", "Beilen", "Westerbork", "Zuidlaren", "Ter Apel", "Klazienaveen",
];

// Belgium and Luxembourg.
export const TOWNS_BE_LU_MORE: readonly string[] = [
  "Ninove", "Geraardsbergen", "Oudenaarde", "Ronse", "Zottegem", "Wetteren", "Lokeren", "Sint-Niklaas", "Temse",
  "Beveren", "Dendermonde", "Hamme", "Zele", "Eeklo", "Deinze", "Waregem", "Harelbeke", "Wevelgem",
  "Roeselare", "Izegem", "Tielt", "Torhout", "Diksmuide", "Ieper", "Ypres", "Poperinge", "Veurne", "De Panne",
  "Koksijde", "Nieuwpoort", "Middelkerke", "Blankenberge", "De Haan", "Knokke-Heist", "Zeebrugge", "Turnhout",
  "Herentals", "Westerlo", "Heist-op-den-Berg", "Mortsel", "Kontich", "Edegem", "Brasschaat", "Wijnegem",
  "Zoersel", "Hoogstraten", "Willebroek", "Puurs", "Bornem", "Vilvoorde", "Zaventem", "Dilbeek", "Aarschot",
  "Diest", "Zoutleeuw", "Sint-Truiden", "Tongeren", "Bilzen", "Maasmechelen", "Lanaken", "Beringen", "Heusden-Zolder",
  "Lommel", "Neerpelt", "Overpelt", "Hamont-Achel", "Maaseik", "La Louvière", "Binche", "Soignies", "Mouscron",
  "Péruwelz", "Braine-l'Alleud", "Nivelles", "Wavre", "Ottignies", "Louvain-la-Neuve", "Jodoigne", "Gembloux",
  "Andenne", "Dinant", "Ciney", "Marche-en-Famenne", "Durbuy", "Bastogne", "Arlon", "Virton", "Libramont", "Waremme",
  "Seraing", "Herstal", "Verviers", "Eupen", "Malmedy", "Stavelot", "Chaudfontaine", "Fléron", "Fleurus",
  "Thuin", "Couvin", "Philippeville", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch", "Wiltz",
  "Echternach", "Remich", "Mersch", "Bertrange", "Mamer",
];

// Austria and Switzerland.
export const TOWNS_AT_CH_MORE: readonly string[] = [
  "Bad Goisern", "Hallstatt", "Mondsee", "Sankt Wolfgang im Salzkammergut", "Sankt Gilgen", "Attnang-Puchheim",
  "Lambach", "Laakirchen", "Vorchdorf", "Altmünster", "Traunkirchen", "Ebensee", "Windischgarsten", "Mürzzuschlag",
  "Kindberg", "Frohnleiten", "Trofaiach", "Eisenerz", "Rottenmann", "Murau", "Feldbach", "Bad Waltersdorf", "Hermagor",
  "Radenthein", "Millstatt", "Bad Kleinkirchheim", "Friesach", "Althofen", "Ferlach", "Bleiburg", "Laa an der Thaya",
  "Poysdorf", "Retz", "Waidhofen an der Thaya", "Heidenreichstein", "Langenlois", "Wolkersdorf", "Deutsch-Wagram",
  "Groß-Enzersdorf", "Gloggnitz", "Semmering", "Podersdorf am See", "Seefeld in Tirol", "Zirl", "Wattens", "Jenbach",
  "Kirchberg in Tirol", "Westendorf", "Sankt Anton am Arlberg", "Serfaus", "Nauders", "Obergurgl",
  "Neustift im Stubaital", "Lermoos", "Ehrwald", "Längenfeld", "Saalbach-Hinterglemm", "Saalbach", "Kaprun", "Flachau",
  "Wagrain", "Altenmarkt im Pongau", "Radstadt", "Obertauern", "Mittersill", "Grödig", "Anif", "Elsbethen",
  "Straßwalchen", "Oberndorf bei Salzburg", "Mattsee", "Golling an der Salzach", "Abtenau", "Götzis",
  "Altach", "Wolfurt", "Lauterach", "Schruns", "Bezau", "Arbon", "Romanshorn", "Amriswil", "Weinfelden", "Gossau",
  "Herisau", "Appenzell", "Rorschach", "Altstätten", "Sargans", "Bad Ragaz", "Wattwil", "Uznach", "Glarus", "Näfels",
  "Einsiedeln", "Schwyz", "Sarnen", "Engelberg", "Sursee", "Willisau", "Hochdorf", "Ebikon", "Horw",
  "Steinhausen", "Affoltern am Albis", "Adliswil", "Thalwil", "Richterswil", "Stäfa", "Küsnacht", "Zollikon",
  "Männedorf", "Opfikon", "Wallisellen", "Bülach", "Regensdorf", "Volketswil", "Illnau-Effretikon", "Hinwil",
  "Bassersdorf", "Embrach", "Wohlen", "Lenzburg", "Brugg", "Zofingen", "Möhlin", "Liestal", "Pratteln", "Muttenz",
  "Binningen", "Langenthal", "Herzogenbuchsee", "Langnau im Emmental", "Belp", "Worb", "Ittigen", "Ostermundigen",
  "Zollikofen", "Lyss", "Grenchen", "Biberist", "Zuchwil", "Spiez", "Frutigen", "Adelboden", "Gstaad", "Grindelwald",
  "Wengen", "Meiringen", "Brienz", "Saanen", "Martigny", "Monthey", "Sierre", "Visp", "Crans-Montana", "Verbier",
  "Saas-Fee", "Leukerbad", "Morges", "Pully", "Prilly", "Ecublens", "Crissier", "Payerne",
  "Estavayer-le-Lac", "Romont", "Delémont", "Porrentruy", "Le Locle", "Sainte-Croix", "Vallorbe", "Mendrisio",
  "Chiasso", "Ascona", "Muralto", "Biasca", "Airolo", "Poschiavo", "Samedan", "Pontresina", "Scuol", "Klosters",
  "Flims", "Lenzerheide", "Ilanz", "Thusis", "Landquart", "Maienfeld",
];
