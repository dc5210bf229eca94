// The trades of immigrant-run and faith-linked neighbourhood businesses and of community life, enumerated by trade
// rather than from statements: ethnic grocers and their own words (Turkish gıda, bakkaliye, şarküteri, kuruyemiş;
// Polish spożywczy, wędliny; Portuguese talho, minimercado; Spanish abarrotes, colmado; Hindi kirana; Vietnamese siêu
// thị, tạp hóa), halal butchers (helal et), bakeries and sweet shops (fırını, pastanesi, baklavacı, mithai), kebab,
// shawarma, dim sum, pho and dumpling shops, tea houses and coffee houses (çay evi, kahvehane, chaikhana), barbers'
// and braiders' words, tailors (terzisi, krawiectwo), jewellers (kuyumcusu, jubiler, ourivesaria), wedding and
// banquet halls (düğün salonu, salle des fêtes, feestzaal), call shops and phone shops, travel agencies (turizm,
// seyahat, biuro podróży) and pilgrimages (umre, hajj), places of worship and their alms (mosquée, synagogue,
// gurdwara's dasvandh, sadaka, fitre, kurban), cultural associations (Kulturverein, association culturelle), weekend
// language and Quran schools (Koranschule, kuran kursu, école coranique, szkoła sobotnia), and the TV packages of the
// old country — in German, English, French and Dutch, and in the words these businesses print in their own
// languages, transliterated as a card field prints them. Whole folded words, as shop-kinds.ts matches them (ı reads
// "i", ş "s", ğ "g", ç "c"); a card field cuts a name at 20–25 characters.
//
// Policy, as the category policies (test/corpus/writing-a-pool.md) and heuristics.ts file these trades already: grocers, butchers, bakeries and sweet shops are
// groceries; kebab, shawarma and dumpling shops, tea and coffee houses are restaurants; barbers, braiders, threading
// and hammams are drugstore; tailors, jewellers and phone shops shopping; travel agencies travel; what a mosque, a
// temple, a church or a synagogue is given, and the alms paid through them, donations (as heuristics.ts files
// "Moschee" and "zakat"). Decided here: a pilgrimage (Umrah, Hajj) booked with an agency is travel; a wedding or
// banquet hall is entertainment, as "Festsaal" and "banquet hall" already are (its caterer stays restaurants); a
// cultural association's dues are entertainment, as a hobby club's (a religious association, "Islamisches
// Kulturzentrum", "association cultuelle", stays donations, read first); a weekend language or Quran school is
// education; a call shop (téléboutique, belhuis) sells calls, utilities; an old country's TV package is a
// subscription; a Turkish cargo office (kargo) sends parcels, other, and so are a lawyer's and a translation office;
// an emlak is an estate agent (rent, by policy), a dershane a cram school (education).
//
// Left out because a word alone has another meaning: "cami" (a given name; only "camisi" and the association's
// phrases), "terzi", "krawiec", "rzeznik", "goudsmid", "sunar", "manav", "aktar", "mangal", "iskender", "mandi",
// "altin" (surnames or given names), "pazar" (a Turkish town and Sunday), "tempel" (a surname; only a Hindu's,
// a Sikh's or a Buddhist's Tempel), "temple" alone (Temple, Texas; Temple Bar), "eglise" and "kerk" alone (a church
// square in a café's address), "chua" (a Chinese surname, though a Vietnamese pagoda's word), "pagode" (a Brazilian
// music's and restaurants' name), "kosher"/"koscher" (a restaurant's as often as a butcher's), "deli" (restaurants
// by policy, a Polish deli included), "souk", "bazar" and "tienda" alone (any kind of shop), "emporio" (Emporio
// Armani), "desi" alone (a given name), "momo" (a brand and a name; only "momos"), "diyanet" and "ditib" (the
// association's funeral fund is insurance), "iletisim" (Turkcell's own bills), "paczki" (parcels and doughnuts),
// "iftar" (a donation's and a restaurant's dinner), "simit" (the chain's), "pasta" (a Turkish cake, an Italian
// dish), "dugun" alone (a wedding gift's purpose), "gsm" alone, "afro" and "asia" alone (a hair salon's, a
// restaurant's), "kontor" alone (a German office).

/**
 * Read before the shops' ("shop", "store"), the restaurants' ("spice", "thai", "lounge"), the town's ("Gemeinde",
 * "gemeente") and the association's words these names also print.
 */
export const COMMUNITY_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A congregation of another faith is no town hall ("Jüdische Gemeinde zu Berlin", "Joodse Gemeente Amsterdam",
  // "Alevitische Gemeinde"), and a Muslim association is a mosque's ("Association cultuelle musulmane").
  ["donations", [
    "(judische|juedische|alevitische|alevitisch|sikh|hindu|tamil|buddhistische|griechisch orthodoxe|russisch orthodoxe|serbisch orthodoxe|orthodoxe|koptische|syrisch orthodoxe|aramaische|armenische) (gemeinde|kirchengemeinde|kulturgemeinde|religionsgemeinschaft)",
    "(joodse|islamitische|hindoestaanse|sikh|alevitische) (gemeente|gemeenschap|stichting|vereniging|centrum)",
    "associations? (culturelle |cultuelle )?(islamique|musulmane|des musulmans)", "associations? cultuelles?", "culte musulman",
    "centre (culturel )?(islamique|musulman)", "institut (islamique|musulman)", "communaute (juive|israelite|musulmane)",
    "islamic (society|association|foundation|trust|mission|academy|relief)", "muslim (association|society|community|welfare)",
    "islamisch(e|es|er)? (zentrum|kulturzentrum|gemeinschaft|bildungszentrum)", "muslimische[a-z]* (gemeinde|gemeinschaft|verein)",
    "(hindu|sikh|buddhist|buddhistischer|tamil|jain) (temple|tempel|mandir|society|sabha|sangat|vihara)",
    "(cami|camii) (dernegi|vakfi|yaptirma dernegi|yapim dernegi)", "(yardimlasma|dayanisma) dernegi",
  ]],
  // A grocer of an old country's food, whatever shop or store word its name ends in ("AFRICAN FOOD STORE", "ASIA
  // FOOD SHOP", "CONTINENTAL STORE", "POLSKI SKLEP"), and a spice shop, before the restaurants' "spice".
  ["groceries", [
    "(african|afro|asia|asian|oriental|turkish|turk|polish|polski|russian|indian|desi|pakistani|latino|latin|caribbean|halal|filipino|pinoy|persian|arabic|lebanese|balkan|ethnic|continental|eastern european|mediterranean|portuguese|brazilian|nigerian|ghanaian|somali|eritrean|tamil|sri lankan|bangladeshi|nepali) (food|foods|grocery|groceries) (shop|shops|store|stores|centre|center|mart|market|supermarket)",
    "(african|afro|asia|asian|oriental|polish|polski|russian|desi|latino|caribbean|continental|balkan|ethnic|eastern european|brazilian) (shop|store|stores|mart|minimart)",
    "spice (shop|store|stores|bazaar|centre|center|mart|market|traders?|world)", "sweet (centre|center|house|mart|palace|shop|corner)",
  ]],
  // A Vietnamese supermarket (siêu thị), whatever town of the old country its name carries ("SIEU THI SAIGON").
  ["groceries", ["sieu thi"]],
  // A call shop sells calls, whatever market or shop word its name carries ("TELEBOUTIQUE DU MARCHE", "CALL SHOP EUROPA").
  ["utilities", ["call ?shops?", "teleboutiques?"]],
  // A Spanish or Latin American party hall is no beauty salon ("SALON DE FIESTAS EL DORADO").
  ["entertainment", ["salon de (fiestas|eventos|bodas|banquetes)"]],
  // An old country's TV package is no restaurant of its cuisine ("TURKISH TV PACKAGE").
  ["subscriptions", ["(turkish|turk|arabic|arab|polish|polski|russian|indian|pakistani|persian|kurdish) (tv|television|iptv)( packages?| paket| paketi)?"]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const COMMUNITY_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["donations", [
    // Mosques and their alms by the Turkish, French, Dutch and English words ("FATIH CAMISI", "GRANDE MOSQUEE",
    // "SADAKA RAMAZAN", "FITRE 2026", "KURBAN BAGISI", "QURBANI", "LILLAH").
    "camisi", "mosquee", "mosquees", "mosques", "masjids", "masjed", "musalla", "moskee[a-z]+",
    "sadaka", "sadakalar", "sadaqah", "sadaqat", "fitre", "fitrah", "fitrana", "infak", "lillah", "bagis", "bagisi", "bagislari",
    "kurban (bagisi|bedeli|hissesi|vekaleti)", "qurbani", "qurbanii", "udhiyah", "udhiya", "oudhiya", "ahmadiyya", "vakfi",
    // Synagogues and Jewish communities; Sikh, Hindu and Buddhist temples and their giving.
    "synagogue", "synagogues", "synagoge", "synagogen", "synagoog", "sinagoga", "chabad", "tzedakah", "tsedaka",
    "gurudwara", "gurdwaras", "gurudwaras", "dasvandh", "daswandh", "langar seva", "satsang", "kovil", "devasthanam", "vihara",
    // Churches of immigrant communities and their tithes and parishes ("PARAFIA RZYMSKOKATOLICKA", "POLSKA MISJA KATOLICKA",
    // "IGREJA UNIVERSAL", "IGLESIA EVANGELICA", "DIZIMO").
    "parafia", "parafii", "parafialna", "misja katolicka", "polska misja", "kosciol", "kosciola", "cerkiew", "parroquia",
    "igreja", "iglesia", "diezmo", "diezmos", "dizimo", "dizimos", "tithes", "kerkbijdrage",
  ]],
  ["groceries", [
    // Turkish grocers, delis, nut and spice sellers, butchers ("OZ GIDA", "AKDENIZ BAKKALIYE", "EFE SARKUTERI", "HELAL ET").
    "gida", "gidalar", "bakkaliye", "bakkali", "sarkuteri", "sarkuterisi", "kuruyemis", "kuruyemisci", "baharat", "baharatci", "helal et", "et urunleri", "kasabi", "kasapligi",
    // Turkish, Arab and South Asian bakeries and sweet shops ("SAFAK FIRINI", "GAZIANTEP BAKLAVACISI", "MITHAI PALACE").
    "firini", "ekmek", "unlu mamulleri", "pastane", "pastanesi", "pastahane", "baklava[a-z]*", "lokum", "tatlici", "tatlicisi", "borekci", "borekcisi",
    "kunafa", "knafeh", "kanafeh", "mithai", "mithaiwala", "halwai",
    // Polish, Russian, Portuguese, Brazilian, Spanish and Latin American grocers and butchers.
    "spozywczy", "spozywcze", "wedliny", "produkty", "gastronom", "talho", "acougue", "charcutaria", "minimercado", "garrafeira",
    "abarrotes", "colmado", "mercadito", "tienda latina", "productos latinos", "produtos (portugueses|brasileiros)", "produits (exotiques|africains|antillais|asiatiques|orientaux|portugais|polonais|turcs)",
    // Indian, South-East Asian and African grocers; the compounds a German Asian or African grocer takes.
    "kirana", "asialaden", "asia laden", "asia lebensmittel", "asia food", "asia foods", "asiafood", "asia import", "asia handel",
    "afro ?laden", "afro ?food", "afro ?foods", "afro ?lebensmittel", "african foods?", "continental foods?", "world foods?", "exotic foods?",
  ]],
  ["restaurants", [
    // Turkish eateries, tea and coffee houses ("KARDESLER CAY EVI", "KAHVEHANE", "ADANA KOFTECISI").
    "meyhane", "mutfagi", "cay evi", "cayevi", "cay bahcesi", "cayhane", "cay ocagi", "kahvehane", "kahvehanesi", "kiraathane", "kiraathanesi", "kahve", "kahvecisi",
    "kofteci", "koftecisi", "pideci", "pidecisi", "durumcu", "tantuni", "kokorec", "gozleme", "manti evi", "nargile", "nargileh", "narghile", "narguile",
    // Arab, Indian and Pakistani food ("SHAWERMA KING", "DHABA", "CHAIWALA").
    "shawerma", "shwarma", "shawurma", "chawarma", "schawarma", "mashawi", "manakish", "manaeesh", "manousheh",
    "dhaba", "chaiwala", "chai wala", "biriyani", "biriani", "kathi rolls?", "kati rolls?", "paratha", "samosas?", "pani puri", "vada pav",
    // Chinese, Vietnamese, Nepali and Korean dumpling, noodle and hot-pot shops.
    "dimsum", "yum cha", "hot ?pot", "hotpots", "malatang", "mala tang", "xiao long bao", "xiaolongbao", "baozi", "jiaozi", "siu mei", "cha chaan teng",
    "banhmi", "bun bo hue", "momos", "mandu",
    // Russian and Central Asian canteens and tea houses, African, Latin American and Caribbean kinds of place.
    "pelmeni", "pelmennaya", "stolovaya", "chebureki", "cheburechnaya", "shashlik", "schaschlik", "shashlichnaya", "chaikhana", "chaihana", "chaychana", "plov",
    "maquis", "injera", "cevicheria", "polleria", "antojitos", "comida (latina|mexicana|peruana|dominicana|colombiana|venezolana|brasileira|caseira|africana)",
  ]],
  ["drugstore", [
    // Barbers, braiders, mehndi artists, hammams ("BERBER SALONU", "AFRO HAIR BRAIDING", "TRESSES AFRICAINES").
    "berberi", "berber salonu", "braiding", "braids", "box braids", "tresses", "tresses africaines", "vlechten", "dreadlocks",
    "mehndi", "hammam", "hammams", "hamam", "hamami",
  ]],
  ["shopping", [
    // Tailors and jewellers in their own languages ("ELIF TERZISI", "KRAWIECTWO", "ALTIN KUYUMCUSU", "JUBILER").
    "terzisi", "terzihane", "terzi atolyesi", "krawiectwo", "zaklad krawiecki", "costureira", "kuyumcusu", "kuyumculuk", "kuyumcular",
    "jubiler", "jubilerstwo", "ourivesaria", "joalharia", "joalheria", "goudwinkel", "goudhandel",
    // Phone shops.
    "telefoncu", "telefoncusu",
  ]],
  // Dutch call shops; Turkish phone credit (kontör).
  ["utilities", ["belhuis", "belhuizen", "belwinkel", "kontor yukleme", "kontor dolum"]],
  // Travel agencies in Turkish, Polish, Portuguese and Spanish; pilgrimages.
  ["travel", [
    "turizm", "seyahat", "seyahat acentesi", "seyahat acentasi", "ucak bileti", "ucak biletleri", "biuro podrozy", "biuro turystyczne", "agencia de viagens", "viagens", "agencia de viajes",
    "umre", "umrah", "umra", "omra", "hajj", "hadsch", "hac (ve )?umre",
  ]],
  // Weekend language and Quran schools.
  ["education", [
    "korankurs", "korankurse", "kuran kursu", "kuran kursi", "kuran egitimi",
    "koranschool", "koranles", "koranlessen", "madrasa", "madrassa", "madrasah", "madressa", "hifz", "tajweed",
    "muttersprachlicher unterricht", "herkunftssprachlicher unterricht",
    "szkola sobotnia", "polska szkola", "szkola polska", "escola portuguesa",
  ]],
  // Wedding and banquet halls; cultural associations' dues.
  ["entertainment", [
    "dugun salonu", "dugun salonlari", "nikah salonu", "salle de mariage", "salle de fetes",
    "feestzaal", "feestzalen", "partyzaal", "wedding (hall|halls|venue)", "shaadi hall",
    "[a-z]*kulturverein", "kulturvereine", "associations? culturelles?", "cultuurvereniging", "culturele vereniging", "kultur dernegi", "kultur merkezi",
  ]],
  // Old countries' TV packages.
  ["subscriptions", ["digiturk", "tivibu", "tv paketi", "kartina tv"]],
  // The other trades of a Turkish or Polish high street, in their own words: a furniture, modest-fashion, evening-wear,
  // gift or houseware shop, a hardware store ("YILDIZ MOBILYA", "TESETTUR GIYIM", "HEDIYELIK ESYA", "NALBUR").
  ["shopping", ["mobilya", "mobilyalari", "tesettur", "giyim", "abiye", "hediyelik", "hediyelik esya", "zuccaciye", "nalbur", "hirdavat"]],
  // An estate agent (emlak), an insurance agency (sigorta), a pharmacy (eczane) and a dentist (diş hekimi).
  ["rent", ["emlak", "gayrimenkul"]],
  ["insurance", ["sigorta", "sigortacilik"]],
  ["health", ["eczane", "eczanesi", "dis hekimi"]],
  // A car wash, a garage and a tyre fitter; a cram school, a driving school and a Polish tutor.
  ["fuel", ["oto yikama", "oto servis", "oto tamir", "lastikci"]],
  ["education", ["dershane", "dershanesi", "surucu kursu", "korepetycje"]],
  // A Turkish breakfast house, a Brazilian snack bar; a paan shop.
  ["restaurants", ["kahvalti", "kahvalti salonu", "lanchonete"]],
  ["groceries", ["paan"]],
  // A Latin American corner shop's diminutive ("LA TIENDITA LATINA"; "tienda" alone is any shop) and a Portuguese or Cape
  // Verdean mini-market (mercadinho).
  ["groceries", ["tienditas?", "mercadinhos?"]],
  // Saree shops, a Turkish trousseau shop (çeyiz), a jeweller of gold and diamonds.
  ["shopping", ["sarees?", "ceyiz", "ceyizci", "gold (and )?diamonds", "diamonds"]],
  // A chai house, whole or cut by the card field ("DOODH PATTI CHAI HOU"), and its milky tea.
  ["restaurants", ["chai house", "chai hou", "chai hse", "chai spot", "doodh patti"]],
  // A synagogue's congregation and its shul.
  ["donations", ["shul", "congregation"]],
  // A Turkish cargo office sends parcels; a lawyer's office and a translation office (tercüme, biuro tłumaczeń).
  ["other", ["kargo", "avukat", "avukatlik burosu", "tercume", "tercume burosu", "biuro tlumaczen"]],
];
