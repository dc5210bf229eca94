// Canada's cities and towns, by province, as they spell themselves, and the codes a card terminal prints after the town:
// the province's postal code, alone or run into the country's ("JOE'S DINER WINDSOR ON", "… WINDSOR ON CAN",
// "… WINDSOR ONCA"). Written from general knowledge; places.ts folds them and keeps the towns that are also a word, a
// name or a brand ("Windsor", "Hamilton", "Victoria", "Regina") out of the towns read anywhere (NOT_CITIES,
// TOWNS_CA_BY_CODE_ONLY): those are read as the town only right before a province's code.

/** The provinces' and territories' postal codes. */
export const PROVINCE_CODES: readonly string[] = ["ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"];

/**
 * Towns of TOWNS_CA, folded, that are also a person's name, a word or a brand ("Milton", "Delta", "Ajax", "Levis"), a
 * pub's name ("Red Deer", "Prince George", "White Rock") or a saint's ("Saint John"): places.ts keeps them out of the
 * towns read anywhere (NOT_CITIES) and reads them only before a province's code.
 */
export const TOWNS_CA_BY_CODE_ONLY: readonly string[] = [
  "markham", "vaughan", "barrie", "ajax", "pickering", "milton", "cornwall", "essex", "lakeshore", "quebec", "levis",
  "surrey", "langley", "delta", "vernon", "whistler", "cochrane", "brooks", "regina", "prince albert", "prince george",
  "prince rupert", "thompson", "winkler", "sydney", "saint john", "saint jean", "sainte julie", "fergus", "elora",
  "hinton", "digby", "bathurst", "renfrew", "lacombe", "leduc", "granby", "mirabel", "magog", "timmins", "collingwood",
  "steinbach", "gimli", "warman", "whitehorse", "summerland", "peachland", "quesnel", "langford", "courtenay",
  "ingersoll", "red deer", "maple ridge", "white rock", "corner brook",
];

export const TOWNS_CA: readonly string[] = [
  // Ontario
  "Toronto", "Ottawa", "Mississauga", "Brampton", "Hamilton", "London", "Markham", "Vaughan", "Kitchener", "Windsor",
  "Richmond Hill", "Oakville", "Burlington", "Oshawa", "Barrie", "Saint Catharines", "Cambridge", "Kingston", "Guelph",
  "Whitby", "Ajax", "Thunder Bay", "Waterloo", "Chatham", "Chatham-Kent", "Brantford", "Pickering", "Niagara Falls",
  "Sudbury", "Greater Sudbury", "Sault Sainte Marie", "Sault Ste. Marie", "Newmarket", "Aurora", "Milton", "Peterborough", "Belleville",
  "Sarnia", "Welland", "Cornwall", "North Bay", "Timmins", "Orillia", "Stouffville", "Woodstock", "Saint Thomas",
  "Brockville", "Owen Sound", "Collingwood", "Orangeville", "Innisfil", "Caledon", "Halton Hills", "Fort Erie",
  "Port Colborne", "Thorold", "Niagara-on-the-Lake", "Leamington", "Kingsville", "Essex", "Amherstburg", "LaSalle",
  "Tecumseh", "Lakeshore", "Belle River", "Wallaceburg", "Strathroy", "Stratford", "Ingersoll", "Tillsonburg", "Simcoe",
  "Kanata", "Nepean", "Etobicoke", "North York", "Scarborough", "Kenora", "Kapuskasing", "Kirkland Lake",
  "Elliot Lake", "Huntsville", "Bracebridge", "Gravenhurst", "Wasaga Beach", "Cobourg", "Port Hope", "Kawartha Lakes",
  "Quinte West", "Napanee", "Gananoque", "Smiths Falls", "Carleton Place", "Arnprior", "Renfrew", "Hawkesbury",
  "Goderich", "Kincardine", "Port Elgin", "Fergus", "Elora", "Petrolia", "Grand Bend",
  // Quebec
  "Montréal", "Québec", "Laval", "Gatineau", "Longueuil", "Sherbrooke", "Saguenay", "Lévis", "Trois-Rivières",
  "Terrebonne", "Saint-Jean-sur-Richelieu", "Repentigny", "Brossard", "Drummondville", "Granby", "Blainville",
  "Mirabel", "Shawinigan", "Dollard-des-Ormeaux", "Rimouski", "Victoriaville", "Saint-Hyacinthe", "Châteauguay",
  "Pointe-Claire", "Dorval", "Boucherville", "Mascouche", "Chicoutimi", "Rouyn-Noranda", "Sept-Îles", "Val-d'Or",
  "Mont-Tremblant", "Sainte-Julie", "Vaudreuil-Dorion", "Salaberry-de-Valleyfield", "Joliette", "Sorel-Tracy",
  "Thetford Mines", "Baie-Comeau", "Beloeil", "Westmount", "Outremont", "Lachine", "Côte-Saint-Luc", "Candiac",
  "Chambly", "Magog",
  // British Columbia
  "Vancouver", "Surrey", "Burnaby", "Richmond", "Abbotsford", "Coquitlam", "Kelowna", "Langley", "Saanich", "Delta",
  "Nanaimo", "Kamloops", "Chilliwack", "Victoria", "Maple Ridge", "New Westminster", "Port Coquitlam",
  "North Vancouver", "West Vancouver", "Vernon", "Penticton", "Prince George", "Campbell River", "Squamish", "Whistler",
  "Courtenay", "Port Moody", "White Rock", "Cranbrook", "Fort Saint John", "Fort St. John", "Salmon Arm", "Parksville", "Langford",
  "Colwood", "Sooke", "Tofino", "Ucluelet", "Revelstoke", "Prince Rupert", "Port Alberni", "Powell River", "Sechelt",
  "Castlegar", "Williams Lake", "Quesnel", "Dawson Creek", "Osoyoos", "Summerland", "Peachland", "West Kelowna",
  // the Prairies
  "Calgary", "Edmonton", "Red Deer", "Lethbridge", "Medicine Hat", "Grande Prairie", "Airdrie", "Spruce Grove",
  "Okotoks", "Cochrane", "Fort McMurray", "Leduc", "Canmore", "Banff", "Sherwood Park", "Lloydminster", "Camrose",
  "Brooks", "Cold Lake", "Wetaskiwin", "Stony Plain", "Chestermere", "Strathmore", "High River", "Lacombe",
  "Sylvan Lake", "Drumheller", "Hinton", "Whitecourt", "Innisfail", "Fort Saskatchewan", "Saskatoon", "Regina",
  "Prince Albert", "Moose Jaw", "Swift Current", "Yorkton", "North Battleford", "Estevan", "Weyburn", "Martensville",
  "Warman", "Melfort", "Kindersley", "Winnipeg", "Brandon", "Steinbach", "Thompson", "Portage la Prairie", "Selkirk",
  "Winkler", "Flin Flon", "Gimli", "Niverville",
  // the Atlantic provinces and the North
  "Halifax", "Dartmouth", "Sydney", "Truro", "New Glasgow", "Kentville", "Wolfville", "Antigonish", "Yarmouth",
  "Lunenburg", "Bridgewater", "Cole Harbour", "Lower Sackville", "Digby", "Pictou", "Stellarton", "Glace Bay",
  "Moncton", "Saint John", "Fredericton", "Dieppe", "Quispamsis", "Rothesay", "Miramichi", "Edmundston", "Bathurst",
  "Campbellton", "Oromocto", "Shediac", "Mount Pearl", "Corner Brook", "Conception Bay South", "Stephenville",
  "Labrador City", "Charlottetown", "Summerside", "Whitehorse", "Yellowknife", "Inuvik", "Iqaluit",
];
