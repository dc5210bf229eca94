// Towns across the home countries' borders that people cross to shop, fill up, eat and stay. Germany's eastern and
// northern neighbours (Poland, Czechia, Denmark) had no list, so a descriptor dropped their code (PL, CZ, DK) and kept
// the town on the name; the other neighbours' lists lacked their border-trade villages (Luxembourg's fuel villages on
// the Moselle, the tobacco shops of Adinkerke, La Jonquera and Pas de la Casa, the US crossings to Canada and Mexico).
// Written from general knowledge, as the towns spell themselves (terminals print them without their letters, and
// places.ts folds them). Left out on purpose: towns that are a word or a surname in German, English, French or Dutch
// ("Most", "Police", "Tábor", "Sokolov", "Encamp", "Muff", "Blaine"), or whose long start is one, which a card field's
// cut would take for the town ("Carrigan" of Carrigans, "Hirsche" of Hirschegg, "Harrach" of Harrachov), a brand
// ("Skagen"), and the names Mexican restaurants take ("Tijuana", "Laredo", "Mexicali").

// (Luxembourg's and Belgium's border villages and Ontario's crossings are in towns-border.ts and towns-ca.ts.)
// Poland: the Oder and Neisse towns, the Baltic coast, the Giant Mountains and the cities people travel to.
export const TOWNS_PL: readonly string[] = [
  "Szczecin", "Świnoujście", "Międzyzdroje", "Kołbaskowo", "Lubieszyn", "Dobieszczyn", "Nowe Warpno", "Gryfino",
  "Chojna", "Mieszkowice", "Cedynia", "Osinów Dolny", "Kostrzyn", "Kostrzyn nad Odrą", "Słubice", "Świecko",
  "Rzepin", "Cybinka", "Gubin", "Łęknica", "Olszyna", "Przewóz", "Zgorzelec", "Jędrzychowice", "Lubań", "Bogatynia",
  "Sieniawka", "Zielona Góra", "Gorzów Wielkopolski", "Jelenia Góra", "Karpacz", "Szklarska Poręba",
  "Świeradów-Zdrój", "Bolesławiec", "Legnica", "Wrocław", "Poznań", "Gdańsk", "Gdynia", "Sopot", "Kołobrzeg", "Koszalin",
  "Darłowo", "Ustka", "Dziwnów", "Pobierowo", "Niechorze", "Kamień Pomorski", "Myślibórz", "Łódź", "Katowice",
  "Bydgoszcz", "Toruń", "Olsztyn", "Białystok", "Rzeszów", "Zakopane", "Częstochowa", "Malbork", "Elbląg",
  "Kraków",
];

// Czechia: the Saxon and Bavarian border and its crossings, the spa towns, and the cities.
export const TOWNS_CZ: readonly string[] = [
  "Cheb", "Františkovy Lázně", "Mariánské Lázně", "Karlovy Vary", "Kraslice", "Boží Dar", "Jáchymov",
  "Vejprty", "Potůčky", "Chomutov", "Teplice", "Ústí nad Labem", "Děčín", "Hřensko", "Varnsdorf", "Rumburk",
  "Šluknov", "Liberec", "Jablonec nad Nisou", "Frýdlant", "Hrádek nad Nisou", "Špindlerův Mlýn",
  "Rozvadov", "Folmava", "Domažlice", "Česká Kubice", "Železná Ruda", "Klatovy", "Sušice", "Strážný", "Vimperk",
  "Prachatice", "Český Krumlov", "České Budějovice", "Lipno nad Vltavou", "Horní Dvořiště", "Dolní Dvořiště",
  "Tachov", "Plzeň", "Žatec", "Kadaň", "Litvínov", "Litoměřice", "Mělník", "Kutná Hora", "Brno", "Ostrava",
  "Olomouc", "Jihlava", "Znojmo", "Mikulov", "Břeclav", "Pardubice", "Hradec Králové", "Trutnov",
];

// Denmark: Southern Jutland's border towns, the ferry ports to Germany, the North Sea resorts and the cities.
export const TOWNS_DK: readonly string[] = [
  "Padborg", "Kruså", "Frøslev", "Tønder", "Møgeltønder", "Rudbøl", "Aabenraa", "Åbenrå", "Sønderborg", "Gråsten", "Haderslev",
  "Kolding", "Vejle", "Esbjerg", "Ribe", "Billund", "Blåvand", "Hvide Sande", "Ringkøbing",
  "Søndervig", "Løkken", "Hirtshals", "Rødby", "Rødbyhavn", "Gedser", "Nykøbing Falster",
  "Nakskov", "Odense", "Svendborg", "Nyborg", "Middelfart", "Aarhus", "Aalborg", "Horsens", "Silkeborg",
  "Herning", "Viborg", "København", "Roskilde", "Helsingør",
];

// The other neighbours' border-trade towns: Luxembourg, Belgium and the Netherlands, Austria's enclaves, Andorra,
// Spain and Italy at the French border, the Irish border, and the US crossings to Canada and Mexico.
export const TOWNS_BORDER_TRADE: readonly string[] = [
  "Adinkerke", "Rekkem", "Arlon", "Erquelinnes", "Quiévrain", "Baarle-Hertog", "Baarle-Nassau", "Eijsden",
  "Jungholz", "Riezlern", "Kleinwalsertal", "Samnaun", "Livigno", "Chiasso", "Pas de la Casa", "Andorra la Vella",
  "Escaldes-Engordany", "Sant Julià de Lòria", "Canillo", "La Jonquera", "Le Perthus", "Irun", "Hondarribia",
  "Dancharia", "Béhobie", "Ventimiglia", "Lifford", "Belleek", "Blacklion", "Castleblayney", "Carrickmacross",
  "Jonesborough", "Aughnacloy", "Pettigo", "Calexico", "San Ysidro", "Nogales", "McAllen", "Brownsville",
  "Eagle Pass", "Plattsburgh", "Port Huron", "Ciudad Juárez", "Nuevo Laredo", "Reynosa", "Matamoros",
];
