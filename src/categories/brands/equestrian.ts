// More built-in brands: what horse owners and riders pay that no earlier list knew — riding-sport chains and
// web shops, riding-wear and tack makers, horse-feed mills and bedding makers, equestrian federations' entry portals,
// the big events' ticket offices, an equine hospital, a horse insurer, a horse transporter and horse-sport streaming.
// By policy tack, riding wear, feed and bedding are shopping (as pet shops are), vets health, entries, events and
// federation dues entertainment (sports clubs), a horse insurer insurance, a transporter other (as removals), a
// streaming service subscriptions.
// Words that other trades share are listed only with what is printed beside them: "Cavallo" is Italian for horse
// (restaurants), "Eggersmann" is also a kitchen maker, "Pavo" a Spanish word, "De Heus" a surname.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EQUESTRIAN: readonly MerchantRow[] = [
  // German riding-sport chains, riding-wear and tack makers ("EQUIVA GMBH", "KAVALKADE REITSPORT", "PAYPAL *ESKADRON").
  ["Equiva", "shopping", "equiva", "equiva gmbh", "equiva com"],
  ["Kavalkade", "shopping", "kavalkade", "kavalkade reitsport", "kavalkade de"],
  ["Pikeur", "shopping", "pikeur", "pikeur outlet", "pikeur de"],
  ["Eskadron", "shopping", "eskadron", "eskadron de"],
  ["Cavallo", "shopping", "cavallo reitsport", "cavallo reitsportmode", "cavallo reitsportmod", "cavallo reitsportmo", "cavallo gmbh", "cavallo de"],
  ["Kerbl", "shopping", "kerbl", "kerbl gmbh", "kerbl de"],
  // Horse feed and bedding ("EGGERSMANN MISCHFUTTERWER", cut; "ALLSPAN GMBH EINSTREU").
  ["Eggersmann", "shopping", "eggersmann mischfutter", "eggersmann mischfutterwerk", "eggersmann mischfutterwer", "eggersmann pferdefutter", "eggersmann pferdefutt", "eggersmann de"],
  ["Allspan", "shopping", "allspan", "allspan gmbh", "allspan spanverarbeitung"],
  ["St. Hippolyt", "shopping", "st hippolyt", "sankt hippolyt"],
  // Dutch riding-sport web shops, feed mills and brands ("AGRADI.NL", "PAVO WEBSHOP", "DE HEUS VOEDERS").
  ["Agradi", "shopping", "agradi", "agradi nl", "agradi b v"],
  ["Pavo", "shopping", "pavo webshop", "pavo paardenvoeders", "pavo paardenvoer", "pavo nl"],
  ["Cavalor", "shopping", "cavalor", "cavalor com"],
  ["Harry's Horse", "shopping", "harryshorse", "harrys horse", "harry s horse"],
  ["Imperial Riding", "shopping", "imperial riding", "imperialriding"],
  ["QHP", "shopping", "qhp webshop", "qhp b v", "qhp bv", "qhp nl"],
  ["De Heus", "shopping", "de heus voeders", "de heus diervoeders", "de heus animal nutrition"],
  // British saddleries, riding-wear makers and bedding ("MILLBRY HILL MALTON", "BEDMAX SHAVINGS LTD", "ALLENANDPAGE.COM").
  ["Millbry Hill", "shopping", "millbry hill", "millbry"],
  ["Naylors", "shopping", "naylors saddlery", "naylors com"],
  ["Harry Hall", "shopping", "harry hall", "harryhall", "harryhall com"],
  ["Equisafety", "shopping", "equisafety"],
  ["Bedmax", "shopping", "bedmax", "bedmax shavings", "bedmax co uk"],
  ["Allen & Page", "shopping", "allen page", "allenandpage", "allen and page"],
  ["Dodson & Horrell", "shopping", "dodson horrell", "dodson and horrell"],
  // American tack catalogues and web shops ("SP * HORSE.COM", "RIDINGWAREHOUSE.COM").
  ["Horse.com", "shopping", "horse com"],
  ["Riding Warehouse", "shopping", "riding warehouse", "ridingwarehouse", "ridingwarehouse com"],
  ["State Line Tack", "shopping", "state line tack", "statelinetack", "statelinetack com"],
  ["Dover Saddlery", "shopping", "dover saddlery", "doversaddlery"],
  ["SmartPak", "shopping", "smartpak", "smartpak equine"],
  // French riding-wear and tack makers, saddlers and feed ("CB HARCOUR.FR", "CB BUTET SELLERIE").
  ["Harcour", "shopping", "harcour", "harcour fr"],
  ["Horse Pilot", "shopping", "horse pilot"],
  ["Equithème", "shopping", "equitheme"],
  ["CWD", "shopping", "cwd sellier", "cwd sellerie"],
  ["Butet", "shopping", "butet sellier", "butet sellerie"],
  ["Destrier", "shopping", "destrier aliments", "destrier fr"],
  ["Padd", "shopping", "padd fr", "padd sellerie"],
  // An equine hospital, by its name and its hospital's ("ROSSDALES EQUINE HOSPITAL").
  ["Rossdales", "health", "rossdales", "rossdales llp"],
  // A horse and rider insurer, by its name with what follows it ("KBIS BRITISH EQUESTRIAN I", cut).
  ["KBIS", "insurance", "kbis ltd", "kbis british equestrian", "kbis insurance"],
  // Federations, their entry portals and the big events ("NeOn Nennung Online FN Service", "USEA MEMBERSHIP").
  ["Nennung Online", "entertainment", "nennung online", "neon nennung", "nennung online de"],
  ["British Eventing", "entertainment", "british eventing"],
  ["Badminton Horse Trials", "entertainment", "badminton horse trials"],
  ["Horse Events", "entertainment", "horseevents", "horseevents co uk", "horse events entry", "horse events entries"],
  ["US Eventing Association", "entertainment", "us eventing association", "us eventing", "usea membership"],
  ["World Equestrian Center", "entertainment", "world equestrian center", "wec ocala"],
  ["FFE Compet", "entertainment", "ffecompet", "ffe compet"],
  ["KNHS", "entertainment", "knhs", "koninklijke nederlandse hippische sportfederatie"],
  ["Military Boekelo", "entertainment", "military boekelo"],
  // A horse transporter, as removals are other ("BROOKLEDGE HORSE TRANSPOR", cut).
  ["Brook Ledge", "other", "brook ledge", "brookledge"],
  // Horse-sport streaming and a horse magazine's subscription.
  ["ClipMyHorse.TV", "subscriptions", "clipmyhorse", "clipmyhorse tv"],
  ["Horse & Country", "subscriptions", "horse country tv", "horse and country tv", "horseandcountry", "horseandcountry tv"],
  ["Equidia", "subscriptions", "equidia"],
  ["The Chronicle of the Horse", "subscriptions", "chronicle of the horse", "coth subscription"],
];
