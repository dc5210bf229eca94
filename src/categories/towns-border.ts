// Towns of the border regions people shop across (the Greater Region around Luxembourg, Basel's three-country corner,
// Aachen's, the Ems estuary), which the other lists held only in part: Luxembourg's communes and main localities,
// Belgium's East Cantons, Liège, Limburg and Luxembourg provinces, Basel's suburbs and the Rhine towns of Aargau and
// Schaffhausen, Alsace and Lorraine, Saarland and the German Moselle, the Aachen, Lörrach and Waldshut districts,
// Ostfriesland and the Emsland, and the Dutch side of the border. Written from general knowledge, as the towns spell
// themselves; places.ts folds them and keeps out words, names and brands. Left out on purpose: places that are a word,
// a first name or a surname in one of the region's languages ("Wahl", "Grund", "Perlé", "Bissen", "Kehlen", "Wanze",
// "Clausen", "Fischbach", "Herve", "Amel", "Zwingen", "Frick", "Suhr", "Konz", "Igel", "Echt", "Twist", "Wellen"), and
// those whose first part printed alone would be one ("Vaux-sur-Sûre", "Behren-lès-Forbach"). Towns the lists keep out
// already (Strassen, Perl, Bunde, Leer, Emden) stay out.

// Luxembourg: the communes, then the localities banks print instead of their commune.
export const TOWNS_LU: readonly string[] = [
  "Beckerich", "Berdorf", "Bettembourg", "Bettendorf", "Betzdorf", "Biwer", "Boevange-sur-Attert",
  "Bourscheid", "Bous", "Bous-Waldbredimus", "Clervaux", "Colmar-Berg", "Consdorf", "Contern", "Dalheim", "Dippach",
  "Erpeldange-sur-Sûre", "Esch-sur-Sûre", "Feulen", "Flaxweiler", "Frisange", "Garnich", "Goesdorf",
  "Grosbous", "Habscht", "Heffingen", "Helperknapp", "Hesperange", "Junglinster", "Kayl", "Kiischpelt",
  "Koerich", "Kopstal", "Larochette", "Lenningen", "Leudelange", "Lintgen", "Lorentzweiler", "Manternach", "Mertert",
  "Mertzig", "Mondercange", "Niederanven", "Nommern", "Pétange", "Préizerdaul", "Putscheid", "Rambrouch",
  "Reckange-sur-Mess", "Redange-sur-Attert", "Redange", "Reisdorf", "Rosport-Mompach", "Rosport", "Rumelange", "Saeul",
  "Sandweiler", "Sanem", "Schengen", "Schieren", "Schifflange", "Schuttrange", "Stadtbredimus", "Steinfort", "Steinsel",
  "Troisvierges", "Useldange", "Vianden", "Vichten", "Waldbillig", "Waldbredimus", "Walferdange",
  "Weiswampach", "Wincrange", "Winseler", "Wormeldange",
  "Kirchberg", "Howald", "Gasperich", "Cessange", "Bonnevoie", "Limpertsberg", "Hollerich", "Pfaffenthal",
  "Weimerskirch", "Dommeldange", "Cloche d'Or", "Belvaux", "Soleuvre", "Ehlerange", "Oberkorn", "Niederkorn",
  "Lasauvage", "Rodange", "Lamadelaine", "Bascharage", "Hautcharage", "Käerjeng", "Capellen", "Kleinbettingen",
  "Oberpallen", "Wasserbillig", "Machtum", "Ehnen", "Remerschen", "Schwebsingen", "Wellenstein", "Mondorf", "Aspelt",
  "Livange", "Noertzange", "Huncherange", "Fennange", "Peppange", "Kockelscheuer", "Helfenterbruck", "Holzem",
  "Keispelt", "Nospelt", "Heisdorf", "Mullendorf", "Bereldange", "Helmsange", "Hunsdorf", "Rollingen", "Cruchten",
  "Ingeldorf", "Gilsdorf", "Moestroff", "Wallendorf", "Osweiler", "Müllerthal", "Medernach", "Gonderange",
  "Bourglinster", "Roodt-sur-Syre", "Mensdorf", "Olingen", "Senningerberg", "Senningen", "Munsbach", "Findel",
  "Moutfort", "Oetrange", "Alzingen", "Fentange", "Filsdorf", "Weiler-la-Tour", "Foetz", "Pontpierre", "Bergem",
  "Tétange", "Budersberg", "Weidingen", "Marnach", "Hosingen", "Heinerscheid", "Hoscheid", "Heiderscheid",
  "Tuntange", "Hollenfels", "Septfontaines", "Goeblange", "Hivange", "Hobscheid", "Eischen", "Sprinkange",
  "Schouweiler", "Bertrange", "Strassen", "Mamer", "Ettelbruck", "Diekirch", "Echternach", "Wiltz", "Mersch",
  "Grevenmacher", "Remich", "Mondorf-les-Bains", "Dudelange", "Differdange", "Esch-sur-Alzette",
];

// Belgium: the East Cantons, the provinces of Liège, Limburg and Luxembourg.
export const TOWNS_BE_BORDER: readonly string[] = [
  "Raeren", "Kelmis", "La Calamine", "Lontzen", "Bütgenbach", "Büllingen", "Bullange", "Amblève", "Burg-Reuland",
  "Hergenrath", "Kettenis", "Eynatten", "Walhorn", "Hauset", "Elsenborn", "Manderfeld", "Weismes", "Waimes",
  "Sankt Vith", "Saint-Vith", "Eupen", "Dison", "Pepinster", "Theux", "Jalhay", "Plombières", "Battice",
  "Thimister-Clermont", "Blegny", "Dalhem", "Soumagne", "Beyne-Heusay", "Trooz", "Sprimont", "Aywaille",
  "Comblain-au-Pont", "Hamoir", "Ouffet", "Nandrin", "Neupré", "Engis", "Amay", "Braives", "Hannut",
  "Berloz", "Remicourt", "Awans", "Juprelle", "Bassenge", "Oreye", "Faimes", "Wasseiges", "Lincent", "Burdinne",
  "Marchin", "Modave", "Anthisnes", "Lierneux", "Vielsalm", "Gouvy", "Trois-Ponts", "Stoumont", "Baelen", "Olne",
  "Jupille", "Chênée", "Angleur", "Grivegnée", "Ougrée", "Jemeppe", "Tilff", "Bierset", "Wandre", "Vottem",
  "Rocourt", "Alleur", "Fléron", "Lanaken", "Maasmechelen", "Riemst", "Dilsen-Stokkem", "Dilsen", "Lanklaar",
  "Stokkem", "Eisden", "Opgrimbie", "Neerharen", "Rekem", "Opglabbeek", "Oudsbergen", "Houthalen", "Helchteren",
  "Zonhoven", "Borgloon", "Heers", "Kortessem", "Hoeselt", "Voeren", "Zutendaal", "Kinrooi", "Hechtel-Eksel",
  "Herk-de-Stad", "Nieuwerkerken", "Gingelom", "Hamont-Achel", "Hamont", "Overpelt", "Aubange", "Athus", "Messancy",
  "Houffalize", "Florenville", "Habay", "Étalle", "Tintigny", "Herbeumont", "Paliseul",
  "Bertrix", "Libin", "Wellin", "Tellin", "Nassogne", "Rendeux", "Erezée", "Manhay", "Tenneville", "Bertogne",
  "Fauvillers", "Martelange", "Attert", "Léglise", "Halanzy", "Libramont-Chevigny",
];

// Switzerland: Basel and its suburbs, the Rhine towns of Aargau and Schaffhausen.
export const TOWNS_CH_BORDER: readonly string[] = [
  "Bettingen", "Arlesheim", "Dornach", "Oberwil", "Therwil", "Bottmingen", "Ettingen", "Frenkendorf", "Füllinsdorf",
  "Augst", "Kaiseraugst", "Sissach", "Gelterkinden", "Grellingen", "Münchenstein", "Birsfelden", "Reinach",
  "Spreitenbach", "Rothrist", "Laufenburg", "Bad Zurzach", "Zurzach", "Leibstadt", "Döttingen", "Klingnau", "Mellingen",
  "Villmergen", "Dottikon", "Menziken", "Aarburg", "Strengelbach", "Neuhausen am Rheinfall", "Stein am Rhein",
  "Thayngen", "Hallau", "Neunkirch", "Diessenhofen", "Feuerthalen", "Löhningen",
];

// France: Alsace's Rhine and Basel towns, the Moselle and Meurthe-et-Moselle towns by Luxembourg and the Saar.
export const TOWNS_FR_BORDER: readonly string[] = [
  "Huningue", "Hégenheim", "Village-Neuf", "Hésingue", "Blotzheim", "Bartenheim", "Kembs", "Sierentz", "Lauterbourg",
  "Drusenheim", "Gambsheim", "Yutz", "Hayange", "Longwy", "Villerupt", "Audun-le-Tiche", "Hettange-Grande", "Cattenom",
  "Sierck-les-Bains", "Bouzonville", "Fameck", "Florange", "Uckange", "Algrange", "Rombas", "Amnéville", "Hagondange",
  "Talange", "Maizières-lès-Metz", "Woippy", "Montigny-lès-Metz", "Freyming-Merlebach", "Stiring-Wendel", "Spicheren",
  "Petite-Rosselle", "Farébersviller", "Hombourg-Haut", "Folschviller", "Faulquemont", "Bitche", "Sarralbe",
  "Grosbliederstroff", "Mont-Saint-Martin", "Longlaville", "Herserange", "Joeuf", "Homécourt", "Briey",
];

// Germany: Saarland and the Moselle, the Aachen district, the Upper Rhine by Basel and Schaffhausen, Ostfriesland.
export const TOWNS_DE_BORDER: readonly string[] = [
  "Nennig", "Beckingen", "Losheim am See", "Mettlach", "Dillingen/Saar", "Rilchingen-Hanweiler", "Kleinblittersdorf",
  "Wadgassen", "Überherrn", "Großrosseln", "Püttlingen", "Riegelsberg", "Heusweiler", "Sulzbach/Saar", "Quierschied",
  "Blieskastel", "Mandelbachtal", "Gersheim", "Bexbach", "Kirkel", "Saarwellingen", "Lebach", "Nalbach",
  "Rehlingen-Siersburg", "Wallerfangen", "Tholey", "Wadern", "Nonnweiler", "Ottweiler", "Merchweiler", "Schiffweiler",
  "Eppelborn", "Marpingen", "Saarburg", "Nittel", "Palzem", "Wincheringen", "Langsur", "Schweich", "Irrel",
  "Baesweiler", "Monschau", "Roetgen", "Simmerath", "Übach-Palenberg", "Geilenkirchen", "Gangelt", "Selfkant",
  "Langerwehe", "Aldenhoven", "Jülich", "Linnich", "Kohlscheid", "Weil am Rhein", "Grenzach-Wyhlen", "Grenzach",
  "Wyhlen", "Schopfheim", "Efringen-Kirchen", "Binzen", "Kandern", "Todtnau", "Bad Säckingen", "Waldshut-Tiengen",
  "Waldshut", "Tiengen", "Jestetten", "Lottstetten", "Hohentengen am Hochrhein", "Küssaberg", "Wutöschingen",
  "Stühlingen", "Gottmadingen", "Hilzingen", "Rielasingen-Worblingen", "Büsingen am Hochrhein", "Weener", "Ditzum",
  "Jemgum", "Rhauderfehn", "Ostrhauderfehn", "Westoverledingen", "Moormerland", "Hesel", "Uplengen", "Norddeich",
  "Wittmund", "Esens", "Dornum", "Großefehn", "Wiesmoor", "Südbrookmerland", "Krummhörn", "Greetsiel", "Ihlow",
  "Meppen", "Geeste", "Haselünne", "Sögel", "Werlte", "Dörpen", "Lathen", "Bad Bentheim", "Schüttorf", "Emlichheim",
  "Neuenhaus", "Uelsen",
];

// The Netherlands: East Groningen, the Achterhoek and Limburg along the German and Belgian borders.
export const TOWNS_NL_BORDER: readonly string[] = [
  "Nieuweschans", "Bad Nieuweschans", "Finsterwolde", "Scheemda", "Midwolda", "Bellingwolde", "Blijham", "Denekamp",
  "Glanerbrug", "Dinxperlo", "Gendringen", "Ulft", "Terborg", "'s-Heerenberg", "Millingen aan de Rijn", "Mook",
  "Tegelen", "Vlodrop", "Nieuwstadt", "Schinveld", "Bocholtz", "Eygelshoven", "Margraten", "Noorbeek", "Cadier en Keer",
  "Epen", "Slenaken", "Wittem",
];
