// The trades of personal services, fashion and everyday repairs, enumerated by trade rather than from statements:
// hairdressers and barbers, beauty, nail, lash, tanning, waxing, massage and tattoo studios, laundries, dry cleaners and
// ironing services, tailors and shoe repairers, clothes, shoe, bag and wedding-wear shops, jewellers and watchmakers,
// opticians, perfumeries, phone, computer and electronics shops, photo, passport-photo and print shops, florists, gift
// shops, tobacconists and newsagents — in German, English, French and Dutch, with the Spanish, Italian (and a Turkish,
// Polish or Czech) word where one is common on a European statement. Whole folded words, as shop-kinds.ts matches them;
// a card field cuts a name at 20–25 characters.
//
// Categories by policy: hairdressers, beauty, nails, cosmetics, laundries and dry cleaners are drugstore, opticians
// health, clothes, shoes, jewellers, electronics, repairs, copy and print shops shopping. Decided here, following what
// the lists and brands already say: a shoe repairer and a heel bar are drugstore (as Timpson, Mister Minit, "cordonnerie"
// and "shoe repair" already are: a service done on what one wears, like the dry cleaner's); an ironing service, a wig
// maker, a masseur and a tattoo or piercing studio are drugstore; a tailor, an alterations service, costume, suit and
// wedding-dress hire, photo and passport-photo shops, phone and computer repairers, gift shops and florists are shopping;
// tobacconists, cigar and smoke shops and newsagents are groceries (as "tabac", "kiosk" and "tobacconist" already are).
//
// Left out because a word alone has another meaning: "Tabak" (a Turkish surname), "Kleermaker", "Schoenmaker",
// "Cordonnier", "Zapatero", "Sastre", "Sarto", "Barbieri", "Barbero", "Couture", "Flores", "Drukker", "Shoemaker",
// "Goldsmith(s)" and "Goudsmid" (surnames; Goldsmiths is also a college), "Nagel" (a surname; only its studio compounds),
// "Berber" (a Turkish barber, but a cuisine and a people), "gift" (Dutch for a donation, German for poison), "cadeau",
// "kado" and "Geschenk" alone (a present given to a person), "Boots" (a chemist's brand), "trainers" (a personal trainer),
// "wireless" and "telefonia" (carriers' bills), "PC" alone (a US professional corporation), "hatter" (the Mad Hatter's
// tea rooms), "leather" alone (a pub's "Leather Bottle"), "luggage" alone (left-luggage offices), "Schuster", "Koffer"
// and "Deko" alone (surnames), key cutting beyond the listed words (the Dutch "sleutelservice" is a locksmith's,
// shopping). German shoe-repair compounds ("Schuhmacherei", "Schuhreparatur") are left to the shoe shops'
// "[a-z]*schuh[a-z]*" (shopping): filed as drugstore, a Schuhmacherei of the tuning set moved, so the corpus files
// that one as the shop it also is.
import { glued } from "./glued-words.ts";

// The shops of this sector whose names a town's market square follows, as a German shop names its address.
const MARKET_SHOPS = [
  "[a-z]*blumen[a-z]*", "bloemen[a-z]*", "bloemist[a-z]*", "fleurs?", "fleuriste", "flowers?", "florist[a-z]*", "[a-z]*mode", "modehaus", "boutique",
  "[a-z]*schuh[a-z]*", "schoenen", "chaussures", "juwelier[a-z]*", "[a-z]*schmuck[a-z]*", "uhren[a-z]*", "goldschmied[a-z]*", "bijouterie", "horlogerie",
  "foto[a-z]*", "photo[a-z]*", "handy[a-z]*", "lederwaren", "geschenk[a-z]*", "trachten[a-z]*", "textil[a-z]*", "[a-z]*kleidung", "[a-z]*kleding",
  "vetements", "elektro[a-z]*", "computer[a-z]*",
].join("|");

/**
 * Read before the utility's "Handy" and "electric", the restaurants' "stube", "bar", "thai", "jade" and "spice", the
 * doctors' "clinic", the shops' "shop" and the hairdressers' "salon", which these trades' names also carry.
 */
export const PERSONAL_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["drugstore", [
    // A German parlour ("Stube") of hair, beauty or ironing is no inn.
    "(haar|friseur|frisor|kosmetik|beauty|nagel|bugel|wasche)stube",
    // Clothes and linen care is a laundry's trade, not the clothes shops' "Kleider…" ("KLEIDERPFLEGE UERDINGEN").
    "(kleider|wasche|textil)pflege",
    // A Thai massage or a nail bar named after a cuisine's word ("JADE NAILS", "SPICE NAIL SPA", "BANGKOK THAI MASSAGE").
    "(thai|thailand|siam|bali|balinese|china|chinese|asia|asian|japanese|korean|jade|bamboo|lotus|spice|bangkok) (massage[a-z]*|spa|beauty|nails?|lashes|brows)",
    "massage (thai|thailandais)",
    "nails", "nail (bar|salon|studio|spa|lounge|boutique|art|design|care|room|club)s?",
    // A beauty bar is no drinks bar ("BLOWOUT BAR", "BAR A ONGLES"); a heel bar mends shoes.
    "(blowout|blow out|dry|glam|polish|mani|pedi|tan|tanning|spray tan|tattoo|piercing|threading|sugaring|heel) bar", "drybar",
    "bar a (ongles|sourcils|cils|beaute|barbe)",
    // A tattoo or piercing studio, whatever electric or ink its name says ("ELECTRIC INK TATTOO").
    "[a-z]*tattoo[a-z]*", "tatouages?", "tatoueu(r|se)s?", "tatowier[a-z]*", "tatoeage[a-z]*", "tatuajes?", "tatuaggi[o]?", "[a-z]*piercing[a-z]*",
    // A shoe repairer calling itself a doctor or a clinic is no doctor's (shoe repair is drugstore, as "shoe repair" already is).
    "shoe (doctor|hospital|clinic)",
  ]],
  ["shopping", [
    // A shop named for its square ("MODEHAUS AM MARKT", "BOUTIQUE ANNA AM MARKT", "FLEURS DU MARCHE") is no grocer's
    // market, nor is a flower or fashion market's stall; a bakery or a kiosk "am Markt" names no trade of these.
    `(${MARKET_SHOPS})( [a-z]+){0,2} (am|im|vom|beim|an dem|auf dem|op de|aan de|du|au|de la) (markt|marktplatz|marche|market)`,
    "(flower|flowers|blumen|bloemen|fleurs|mode|fashion|shoe|shoes|schuh|schoenen) (market|markt|marche)",
    // A sewing or alterations parlour is no inn either.
    "(nah|anderungs|schneider|flick|mode|strick)stube",
    // Nor is a charity's clothes parlour ("DRK Kleiderstube", "Kleiderstube Kinderschutzbund"), nor a children's
    // fashion shop named a parlour ("Kindermode Wichtelstube").
    "kleiderstube", "kindermode",
    // A bridal or a shoe salon sells dresses and shoes, not hairdos.
    "(bridal|wedding|shoe) salons?",
    // A phone shop named "Handy …" sells phones, though "Handy" alone reads as the phone contract.
    "handy ?(service|zubehor|welt|ecke|haus|world|corner|city|fix|repair|repairs|express|ankauf|outlet|markt|partner|profi|profis)",
    "(mobile |cell )?phone (shop|shops|store|stores|centre|center|accessories|cases|world|zone)",
    // A computer repairer calls itself a doctor or a clinic, as a phone repairer does.
    "pc ?(doktor|doctor|klinik|clinic|notarzt)",
  ]],
  // A cigar, smoke or vape shop sells tobacco, though "shop" alone is the shops' word.
  ["groceries", ["(cigar|cigars|smoke|tobacco|tabak|vape|vapor|vapour) (shop|shops|store|stores|outlet|house|emporium|boutique)"]],
];


/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const PERSONAL_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // Opticians by their goods (spectacles, contact lenses), before the clothes' "[a-z]+wear".
  ["health", [
    "eyewear", "lunettes", "lunetiers?", "contactlenzen", "contact lenses", "lentilles de contact", "optometrists", "optometrie", "optometria",
    "brille", "occhiali", "gafas", "optics", "oogzorg", "doptique",
  ]],
  // Cleaning firms are tradesmen (shopping), before the dry cleaners' "cleaners".
  ["shopping", ["window", "carpet", "gutter", "oven", "office", "house", "domestic", "commercial", "upholstery", "steam", "rug", "duct", "drain", "janitorial"]
    .flatMap((kind) => [`${kind} cleaner`, `${kind} cleaners`])],
  ["drugstore", [
    // Hairdressers and barbers by their compounds and other languages' words ("FRISEURTEAM", "KUAFOR", "ACCONCIATURE").
    "(?!hairy( |$))hair[a-z]+", "friseur[a-z]+", "frisor[a-z]+", "frisur[a-z]*", "coiffeur[a-z]+", "[a-z]+coiffure", "coiffures",
    "kuafor[a-z]*", "fryzjer[a-z]*", "kadernictvi", "barbershops", "barbershoppe", ...glued(["barber"], ["studio", "lounge", "house", "room", "lab"]), "barbearia",
    "peluquerias", "peluquero", "peluqueros", "peluquera", "peluqueras", "parrucchier[a-z]*", "acconciatura", "acconciature", "kapsters?", "kapsalons",
    "stylists?", "salons",
    ...glued(["herren", "damen", "kinder", "schonheits", "braunungs", "barber", "wax", "waxing", "lash", "brow", "tanning"], ["salon"]),
    "zweithaar[a-z]*", "perucken?", "perruques?", "pruiken", "wigs",
    // Beauty and cosmetics studios.
    "beauty[a-z]+", "beauticians?", "esthetics", "estheticians?", "estheticien", "estetica", "estetico", "estetista", "schoonheid[a-z]*",
    "facial", "facialist", "skin studio", "desthetique", "lesthetique",
    "cosmetiques?", "cosmetica", "cosmeticos", "cosmetici", "kosmetika", "kosmetyki", "makeup", "make up artists?", "visagie", "visagiste",
    // A bride's hair and make-up artist by the bride's word ("SUMUP *BRAUTSTYLING HATTENH") and a glam studio's ("OLD TOWN
    // GLAM STUDIO"): personal care, as a hairdresser's is ("BRUIDSKAPPER", "BRIDAL HAIR" are already by their hair words).
    "brautstyling", "brautstylist[a-z]*", "brautfrisur[a-z]*", "brautschmink[a-z]*", "glam studios?",
    // Nails, lashes and brows.
    ...glued(["nail"], ["studio", "salon", "bar", "art", "design", "lounge", "spa", "boutique", "room", "care"]), "manicuriste?s?",
    ...glued(["nagel"], ["design", "styling", "studios", "salons", "bar", "lounge", "atelier", "boutique", "kunst", "spa", "zaak", "praktijk", "kamer"]),
    "ongles", "prothesiste ongulaire", "longlerie",
    ...glued(["lash "], ["lounge", "lift", "lifts", "extension", "extensions", "artist", "room", "house", "and brow"]),
    ...glued(["lash"], ["bar", "studio", "lounge", "lift"]), ...glued(["brow "], ["lounge", "artist", "room", "house"]), "browbar", "browstudio",
    "eyebrows?", "eyelash(es)?( extensions)?", "microblading", "permanent make up", "permanent makeup",
    "augenbrauen[a-z]*", "wimper[a-z]*", "wenkbrauw[a-z]*", "cils", "sourcils", "pestanas",
    // Tanning and hair removal.
    "sunbeds?", "spray tan(ning)?", "tan studio", "tan lounge", "sonnenbank[a-z]*", "solarien", "solariums", "sun ?studio",
    "bruiningsstudio", "zonnebank[a-z]+", "bronceado", "abbronzatura",
    "sugaring", "epilatie", "[a-z]*ontharing", "depilacion", "depilazione", "ceretta", ...glued(["wax "], ["studio", "center", "centre", "room", "house"]),
    // Massage (not a physiotherapist's: "Physiotherapie" is read first), a masseur's.
    "massage[a-z]+", "[a-z]+massagen?", "masajes?", "massaggi[o]?", "massotherap[a-z]+", "masseurs?", "masseuse",
    // Perfumeries and drugstores.
    "perfumes", "perfumerias?", "parfumeur", "fragrances", "profumi", "drogeriemarkt", "drogisterijen",
    // Laundries, dry cleaners and ironing services; a US dry cleaner calls itself "Cleaners" ("PARK AVE CLEANERS").
    "laundries", "laundrymat", "washateria", "washeteria", "wash (n )?fold", "drycleaners?", "drycleaning", "dry clean", "cleaners",
    "lavasecco", "tintoria", "stireria", "lavanderias", "lavanderie", "tintorerias", "nettoyage a sec", "laveries", "lavomatique", "pressings",
    "wasserijen", "stomerijen", "wasserettes", ...glued(["strijk"], ["service", "atelier", "dienst", "winkel", "centrale", "inrichting"]),
    ...glued(["bugel"], ["service", "studio", "eck", "ecke", "express", "station", "shop", "laden", "fee", "profi", "perle", "blitz", "stubchen"]),
    "wascheservice", "waschedienst", "[a-z]+wascherei", "waschsalons", "[a-z]+waschsalon", "hemden ?service",
    // Shoe repairers: a Dutch heel bar, a shoe mender.
    "hakkenbar", "hakken (en )?sleutels", "schoenreparatie", "schoenherstel", "schoenservice", "shoe menders", "shoe care", "shoe shine", "shoe service",
    "shoeshine", "calzolaio", "calzoleria", "reparacion (de )?calzado", "remendon",
  ]],
  ["shopping", [
    // Tailors, dressmakers and alterations.
    "alteration", "tailor[a-z]+", "seamstresses", "naherei", ...glued(["nah"], ["studio", "service", "werkstatt", "stubchen"]),
    ...glued(["anderungs"], ["service", "studio", "werkstatt", "schneider", "schneiderin"]),
    ...glued(["schneider"], ["atelier", "werkstatt", "meister", "meisterin", "in"]), "massschneider",
    "kleermakerszaak", "naaisters?", ...glued(["verstel"], ["atelier", "werk", "service"]), "retoucherie", "atelier (de )?couture", "couturiere", "haute couture",
    "sastreria", "arreglos", "sartoria", "modista", "modiste",
    // Clothes shops: a fashion house's compounds, wear of every kind, traditional dress.
    "kleidung", "[a-z]+kleidung", "kleider[a-z]*", "klamotten",
    ...glued(["mode"], ["geschaft", "boutique", "studio", "atelier", "welt", "laden", "huis", "zaak", "center", "centrum", "markt", "boetiek"]),
    "modes", "fashions", "dirndl[a-z]*", "lederhosen", "textil[a-z]+", "hutmacher[a-z]*", "hutladen", "millinery", "milliners?", "chapellerie", "hoedenwinkel",
    "clothes", "clothiers?", "outfitter", "haberdashers?", "[a-z]+wear", "jeans", "denim", "outlet", "boetiek", "habillement", "vetement", "chemiserie",
    "fripes", "friperies", "vide dressing", "kledingzaak", "ropa", "confecciones",
    "tweedehands[a-z]+", "secondhand[a-z]+", "seconde main", "2nd hand", "pre loved",
    // Shoes, leather goods, bags and cases.
    "shoe", "shoeshop", "shoestore", "shoebox",
    "schoenenzaak", "schoenzaak", "schoenhandel", "schoenenhandel", "schoenboetiek", "schoenenboetiek", "schoenpaleis", "schoenenpaleis",
    "schoencentrum", "schoenencentrum", "schoenenoutlet", "schoenenhuis",
    "zapatos", "zapatillas", "calzados", "scarpe", "chaussure",
    ...glued(["leather "], ["goods", "works", "craft", "company"]), "leathergoods", "leatherworks", "taschen", "[a-z]+taschen",
    ...glued(["leder"], ["handel", "atelier", "shop", "laden", "haus", "manufaktur", "werkstatt"]),
    "koffers", ...glued(["koffer"], ["haus", "shop", "laden", "welt", "markt", "winkel"]),
    "bags", "handbags?", "tassen", "tassenwinkel", "bagagerie", "maroquinier", "pelletteria", "marroquineria", "bolsos",
    // Wedding dresses, suits, gowns and costumes, bought or hired.
    "wedding dress", "wedding dresses", "wedding gown", "wedding gowns", "bridesmaids?", "suits", "suit rentals",
    "tux rentals", "tuxedos", "dress rental", "dress rentals", "dress agency", "prom gowns", "gowns",
    "ballgowns", "robes? de mariee", "mariees", "trouwjurk(en)?", "bruidsjurk(en)?", "trouwpak(ken)?", "bruidswinkel", "bruidshuis", "brautkleid(er)?",
    "brautsalon", "hochzeitskleid(er)?", "abendkleid(er)?", ...glued(["kostum"], ["verleih", "e", "haus", "fundus", "laden", "shop"]),
    "kostuumwinkel", "costume", "vestidos de novia", "novias", "abiti da sposa", "sposa",
    // Jewellers and watchmakers.
    "juwelen", "juwelier[a-z]+", "schmuck[a-z]+", "[a-z]+schmuck", "trauring[a-z]*", "ehering[a-z]*", "uhrmacher[a-z]*", "uhren[a-z]+",
    "jeweler", "jewelery", "jewels", "bijoux", "bijoutiers?", "joailliers?", "horlogers?", "orafo", "oreficeria", "gioielli", "orologeria", "orologi",
    "relojeria", "joyas", "edelsmid", "zilversmid", "klokkenmaker", "horlogemaker", "watchmakers?", "clockmakers?", "clock repairs?",
    "watch centre", "watch center",
    // Phone, computer and electronics shops and repairers.
    ...glued(["pc "], ["service", "hilfe", "notdienst", "laden", "center", "werkstatt", "reparatur", "repair", "repairs", "technik"]),
    ...glued(["computer"], ["service", "hilfe", "notdienst", "werkstatt", "reparatur", "reparatie", "winkel", "huis", "haus", "center", "centrum", "welt", "doktor", "technik", "zaak", "handel"]),
    "laptop", "gsmshop", "gsmwinkel", ...glued(["gsm "], ["center", "centrum", "accessoires", "hoesjes", "point", "world", "planet", "express"]),
    ...glued(["telefoon"], ["winkel", "hoesjes", "shop", "accessoires"]), ...glued(["smartphone"], ["winkel", "shop", "store"]),
    "mobiles", "reparacion (de )?moviles", "cellulari", "reparation ordinateurs?", "ordinateurs", "informatica", "edv service", "elektronik[a-z]+",
    ...glued(["elektro"], ["handel", "fachhandel", "geschaft", "haus", "fachmarkt", "shop", "center", "zaak"]),
    "electronique", "electronicos", "elettronica", "tv service", "tv repair", "tv repairs",
    ...glued(["fernseh"], ["service", "technik", "reparatur", "handel"]), "radio fernsehen", "radio und fernsehen", "radio tv",
    // Photo and passport-photo shops, print and copy shops.
    "fotos", ...glued(["foto"], ["shop", "handel", "center", "express", "lab", "labor", "point", "box"]),
    "pasfoto[a-z]*", "passbilder", "passport photos?", "photos? (d )?identite", "fototessera", "fototessere",
    ...glued(["camera "], ["centre", "center", "house", "world", "exchange"]),
    "drukkerijen", "imprimeur", "repro centrum", "repro center", "repro centre", "repro service", "photocopy", "photocopies", "photocopie",
    "fotokopie[a-z]*", ...glued(["digital", "sieb", "offset", "foto", "plakat", "schnell"], ["druck"]),
    ...glued(["druck"], ["haus", "center", "shop", "service", "studio", "werk", "laden", "punkt", "express", "technik"]),
    ...glued(["print"], ["center", "centrum", "service", "winkel"]), "copisteria", "fotocopisteria", "tipografia", "imprenta", "copias",
    // Florists and gift shops.
    "florerias?", "fioreria", "fiorista", "florista", "fleuristes", "bouquets", ...glued(["flower"], ["shop", "shops", "store", "studio", "box", "market"]),
    // A German florist by its blossoms ("Blütenzauber", "Blütenwerk"), folded as "bluten": only with a shop's tail, since
    // "Blutentnahme" (a blood sample) folds to the same letters.
    ...glued(["bluten"], ["zauber", "reich", "werk", "werkstatt", "traum", "traume", "meer", "pracht", "haus", "laden", "kunst", "manufaktur", "boutique", "zeit", "fee"]),
    "giftshop", "giftware", ...glued(["gift "], ["emporium", "centre", "center", "company", "co"]),
    ...glued(["cadeau"], ["winkel", "shop", "zaak", "boetiek", "huis"]), ...glued(["kado"], ["winkel", "shop", "zaak", "huis"]),
    ...glued(["geschenk"], ["boutique", "haus", "laden", "shop", "ideen", "idee", "welt", "studio"]),
    "regalos", "novelties", ...glued(["deko"], ["shop", "laden", "haus", "atelier", "studio"]),
  ]],
  // Tobacconists and newsagents, as "tabac" and "kiosk" already are.
  ["groceries", [
    "cigars?", "humidor", "zigarren[a-z]*", "tabak[a-z]+",
    "e ?zigaretten?", "e ?liquids?", "e ?cigs?", "ecig[a-z]*", "journaux", "zeitungen", "zeitschriften", "tijdschriften", "kranten", "giornali",
  ]],
];
