// The trades of leisure, culture and hobbies, enumerated by trade rather than from statements: music shops, instrument
// makers and piano tuners, sheet music and record shops, rehearsal rooms and recording studios, art supplies and
// framers, potteries, yarn, fabric and sewing-machine shops, craft, bead and model shops, toy, game and comic shops,
// board-game cafés, bookshops, stationers, photo shops and labs; theatres, concert halls, cinemas, museums, ticket
// offices, fairs, choirs, bands and hobby clubs, escape rooms, climbing halls, bowling, zoos and leisure parks; dance,
// art, craft and music lessons — in German, English, French and Dutch, with Italian and Spanish where their words reach
// European statements. Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at 20–25 characters,
// so the long German compounds are listed by their stems too ("MUSIKINSTRUMEN", "KUENSTLERBEDA", "BUCHHDLG").
//
// Decided here where the ground rules name no trade: an instrument maker, repairer or piano tuner is a tradesman
// (shopping); rehearsal rooms and recording studios a band's leisure (entertainment); a game shop entertainment as the
// policy says, and a board-game café and a paint-your-own-pottery café too (what is paid is the table and the play,
// not the coffee); a potter's workshop (Töpferei, poterie) a shop, its classes education; dance schools, dance studios
// and dance classes education, as a dance academy already was (a dance club or hall stays entertainment); a choir's,
// a band's or a hobby club's dues entertainment, as a sports club's; a bare "atelier" education (an art class's), read
// after every other trade's word, so a framer's, a seamstress's or a potter's atelier keeps its own trade.
//
// Left out because a word alone has another meaning: "Töpfer", "Potter", "Potier", "Geiger", "Maler", "Weber",
// "Sänger", "Spielmann" (surnames), "Klavier", "Gitarre", "Piano", "Guitar" (a person's memo naming the instrument is as
// often a lesson paid as a purchase), "frame(s)" (an optician's), "fabric" (a London nightclub), "records" after a
// state's, a doctor's or a court's word (vital, medical, court records), "[a-z]+oper" (a property developer), "[a-z]*chor"
// (an anchor), "harmonie" alone (a German inn's name), "coro", "coral", "banda", "discos" (Spanish nightclubs as often),
// "billets" (a French cash machine's bank notes), "kassa" (any Dutch till), "biglietteria" and "taquilla" (a railway's
// ticket office as often), "expo", "castle", "ballet" alone (a performance's or a class's), "escape" alone (a hotel's
// or a travel firm's), "Verein" alone (a tenants', a tax-help or a school's friends' association), "Spieleladen" (left
// shopping as shop-kinds.ts has it, though a game shop is entertainment), "Festspiele" alone (a festival's word that a
// held pool's figures showed naming another payee; the festival hall, "Festspielhaus", stays).
import { glued } from "./glued-words.ts";

/**
 * Read before the café's ("SPIELECAFE"), the bakery's ("POTTENBAKKERIJ"), the market's ("TOEPFEREI AM MARKT"), the
 * painter-decorator's ("SCHILDERLES"), the dance's ("DANCE STUDIO"), the water bill's ("WATER PARK"), the farm's
 * ("FARM PARK"), the lab's ("LABO PHOTO") and the shop's words ("GAME STORE") that the names of these trades carry.
 */
export const LEISURE_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // Lessons and courses of an art, a craft, dance or music teach, whatever shop, painter's or dance word they carry.
  ["education", [
    "(mal|zeichen|aquarell|topfer|keramik|nah|strick|hakel|filz|patchwork|schmuck|goldschmiede|foto|fotografie|kunst|tanz|ballett|gitarren|klavier|gesangs?|schauspiel)kurs(e|en)?",
    "(tanz|ballett|mal|gesangs?)studios?", "(tanz|ballett|musik|kunst|mal|schauspiel)akademie", "malatelier", "malwerkstatt",
    // A workshop of a genre, a voice or a stage teaches ("JAZZWERKSTATT INNLEITE", "Kinderkunstwerkstatt"); an instrument's
    // workshop ("Gitarrenwerkstatt") repairs and sells, below.
    "(jazz|rock|pop|blues|trommel|gesangs?|stimm|chor|schreib|theater|tanz|kinderkunst|jugendkunst)werkstatt",
    "(schilder|teken|boetseer|keramiek|pottenbak|naai|brei|haak|zang|gitaar|viool|drum|toneel|fotografie|foto)(les|lessen|cursus|cursussen|workshops?)",
    "(dans|ballet|piano|muziek)(lessen|cursus|cursussen|workshops?)", "(dans|ballet)studios?", "(dans|ballet|muziek|kunst|theater)academie",
    "(cours|stages?) (de |d )?(dessin|peinture|poterie|ceramique|modelage|couture|tricot|crochet|broderie|danse|chant|theatre|batterie|violon|solfege|photo|photographie)",
    // A potter's, a seamstress's or a body shop's atelier sells its work: only an atelier of drawing, dance or theatre teaches.
    "ateliers? (de |d )?(dessin|modelage|danse|chant|theatre|arts plastiques)",
    "studios? de danse",
    // The phrase's last word as a card field cuts it ("POTTERY CLASSE", "BLUE DOOR DANCE STUD").
    "(art|arts|drawing|painting|pottery|ceramics?|clay|sewing|knitting|crochet|quilting|craft|crafts|watercolou?r|calligraphy|jewel(le)?ry making|photography|printmaking|woodworking|stained glass|glass blowing|drama|acting|singing|vocal|voice|guitar|piano|violin|cello|drum|drums|ukulele|saxophone|flute) (clas[a-z]*|cours[a-z]*|lesso[a-z]*|tuit[a-z]*|teach[a-z]*|tutor[a-z]*|worksho[a-z]+)",
    "(dance|dancing|ballet|tap|ballroom|salsa|tango) (scho[a-z]*|stud[a-z]*|clas[a-z]*|lesso[a-z]*|tuit[a-z]*|cours[a-z]*|teach[a-z]*|acad[a-z]*|cent(er|re|r)s?)",
    "(academia|accademia) (de |di )?(baile|danza|musica|arte|ballet)",
  ]],
  // A board-game café or bar, a game shop, a paint-your-own-pottery café: the play is what is paid, not the coffee or the goods.
  ["entertainment", [
    "(board ?games?|boardgames?|games?) ?(cafe|bar|lounge|pub)", "(spiele|brettspiel) ?(cafe|bar|kneipe)", "spielcafe", "(spellen|spel) ?cafe", "bar a jeux", "cafe (ludique|jeux)",
    "games? (sto[a-z]*|shop|shops)", "gamestores?", "gameshop", "gaming (lounge|cafe|bar|centre|center|hub)", "(boutique|magasin) (de )?jeux",
    // A trade-in game shop ("LAKEMONT GAME EXCHANG", cut), a card-and-dice shop, a LAN party's club night.
    "games? (exchang[a-z]*|traders?|trade ins?|swap)", "dice (and |n )?cards?", "lan ?(treff|party|partys|parties)",
    // A hall or barn let for a wedding or a party, paid by its name or in the purpose ("Anzahlung Festscheune Trauung",
    // "ACOMPTE RECEPTION MARIAGE", "FALKNER WINERY EVENTS"): the celebration, by the wedding-hall policy.
    "(fest|hochzeits|event|party|feier)scheune", "(hochzeits|event|fest|feier)location", "(feest|trouw|evenementen)locatie", "trouwboerderij",
    "reception (de )?(mariage|noces)", "wedding (barn|reception)s?", "(barn|event|function) venues?", "(winery|vineyard|weingut) events?",
    "(paint your own|paint a) pottery", "pottery (painting|cafe)", "ceramic cafe", "paint (and|n) sip", "sip (and|n) paint",
    "keramik ?malen", "keramik ?(mal)?(cafe|studio)", "keramiek ?(cafe|schilderen)",
    // A water park, a farm park and a heritage railway are outings, whatever water, farm or railway word they print.
    "water parks?", "farm ?parks?", "(steam|heritage|miniature) railways?", "museums?(eisen)?bahn", "stoomtrein", "museumstoomtram",
    // A concert, opera or theatre season paid by instalments ("Konzertabo Rate April", "Abonnement kamermuziekserie", "SEASON
    // SUBSCRIPTION INSTALLMENT 11"), and a theatre-goers' ring or society: the seats, not a magazine's subscription.
    "(konzert|theater|opern|oper|kammermusik|kammerkonzert|ballett|tanz|schauspiel|sinfonie|symphonie|philharmonie)(abo|abos|abonnement|abonnements|saison|ring|gemeinde)",
    "(concert|concerten|kamermuziek|kamerconcert|muziek|theater|toneel|opera|dans|ballet)(serie|series|reeks|abonnement|abonnementen)",
    "season subscriptions?", "subscription series",
    // A jazz club, cellar or stage, whatever bistro or kitchen serves there ("SNUG HARBOR JAZZ BISTRO"); a Dutch stage
    // for pop, jazz or music (poppodium); an art museum in the plural ("KUNSTMUSEEN KREFELD", "STEDELIJKE MUSEA").
    "jazz ?(klub|club|clubs|keller|kelder|cellar|bistro|kitchen|podium|venue|lounge)", "[a-z]+podium", "[a-z]+museen", "musea", "[a-z]+musea",
    "film ?(center|centre|centers|centres)",
  ]],
  // Craft workshops and shops whose compound ends in a tearoom's, a market's or a bakery's word.
  ["shopping", [
    "topferei", "pottenbakkerij(en)?",
    // A manga shop named for its corner sells books, not a corner shop's groceries ("COVE MANGA CORNER").
    "manga ?(corner|ecke|hoek)",
    "(woll|bastel|strick|nah|handarbeits|perlen|stoff|kreativ|hobby)stuben?", "(strick|hakel|woll|garn|brei)cafe",
    "(stoff|stoffen|hobby|kreativ|bastel|woll|perlen|kunsthandwerker|kunsthandwerk|handwerker) ?markt", "(craft|crafts|makers|artisan) (market|fair)s?", "marche (des )?createurs", "marche artisanal",
    "model (railways?|railroads?|trains?|shops?|centre|center|kits?)",
    "labo(ratoire)? photo", "photo labo",
    // A museum's shop sells goods, read before the museum's own word ("MUSEUMSSHOP AM WESTWALL", "MUSEUMWINKEL",
    // "SCIENCE MUSEUM SHOP", "BOUTIQUE DU MUSEE").
    "museums?(shop|shops|laden|winkel|boutique|store)", "museums? (shop|shops|store|gift ?shop|boutique)",
    "(boutique|librairie) (du |des )?musees?", "tienda (del )?museo", "(negozio|bookshop) (del )?museo",
    // A framer that also shows pictures ("HARNHAM FRAMES & GALLERY"), before the gallery's door (retiree-trades.ts).
    "(frames?|framing) (and |n )?galler[a-z]*",
    // A record shop or label ("SPILLERS RECORDS"), not a state's, a doctor's or a court's records office, nor its fee; here
    // and not with the trade words, whose test reads each entry as a sample text and a lookaround reads no sample.
    "(?<!(vital|medical|court|public|health|dental|patient|birth|death|marriage|land|property|criminal|police|school|student|academic|tax|county|state) )records(?! (management|office|dept|department|request|retrieval|storage|fee|fees|centre|center|bar|cafe|pub))",
  ]],
];

// An instrument's compound or phrase, its maker's, repairer's or tuner's; sheet music; a record shop.
const MUSIC_SHOPS: readonly string[] = [
  "musikgeschaft", "musikladen", "musikhandel", "musikfachhandel", "musikalien[a-z]+", "musikinstr[a-z]*",
  "(holz|blech)?blasinstrument[a-z]*", "streichinstrument[a-z]*", "zupfinstrument[a-z]*", "schlaginstrument[a-z]*", "instrumentenbau(er|erin)?", "instrumentenverleih", "instrumentenmiete", "instruments", "musikversand",
  "geigenbau[a-z]+", "gitarrenbau[a-z]*", ...glued(["gitarren"], ["laden", "werkstatt", "haus", "shop"]), "klavierbau[a-z]+", "klavierstimm[a-z]*", ...glued(["klavier"], ["service", "handel", "werkstatt", "transporte"]), "klaviere", "klavierlager", "geigen", ...glued(["akkordeon"], ["haus", "center", "zentrum"]),
  "pianostimm[a-z]*", "pianohandel", "pianoservice", "pianowerkstatt", "orgelbau[a-z]*", "schlagzeug[a-z]*", "drumshop", "drumstore",
  ...glued(["noten"], ["laden", "handlung", "versand", "shop"]), "musiknoten", "schallplatte[a-z]*", "tontrager", "vinylladen", "vinylshop",
  "muziekwinkel", "muziekzaak", "muziekhuis", "muziekinstrument(en)?", "pianostemmer[a-z]*", "pianostemmen", "pianotechniek", "vioolbouw[a-z]*", "gitaarbouw[a-z]*", ...glued(["gitaar", "viool", "piano", "instrumenten", "strijkinstrumenten", "blaasinstrumenten"], ["werkplaats"]), "gitaarwinkel", "gitarenwinkel", "drumwinkel", ...glued(["piano"], ["centrum", "huis", "zaak", "winkel"]), "gitaarcentrum", "bladmuziek", "platenzaak", "platenwinkel",
  "instruments? de musique", "lutherie", "luthiers", "accordeurs?( de)?( pianos?)?", "accordage( de)?( pianos?)?", "partitions", "disquaires?", "disques", "vinyles", "guitares",
  "musical instruments?", "guitar (cent[a-z]*|works|repai[a-z]*|co|company|emporium|exchange|house|world|village)", "guitarworks", "violin (makers?|repairs?|house)", "violins", "string(ed)? instruments", "woodwind",
  "drum (centre|center|supplies)", "piano (tun[a-z]*|servic[a-z]*|repai[a-z]*|showroo[a-z]*|cent[a-z]*|warehouse|technici[a-z]*)", "sheet musi[a-z]*", "music (suppl[a-z]*|exch[a-z]*|warehouse|emporium)", "band instruments", "organ builders",
  "record (exchange|fair|mart)",
  "instrumentos musicales", "tienda de musica", "guitarras", "partituras", "vinilos", "strumenti musicali", "negozio (di )?musica", "liuteria", "liutaio", "pianoforti", "chitarre", "spartiti", "dischi", "vinili",
];

// Art supplies, framers, potteries.
const ART_SHOPS: readonly string[] = [
  "kunstlerbed(a|ar)?", "malbed(a|ar)?", "kunstlermaterial(ien)?", "kunstmaterial(ien)?", "malartikel", "malmaterial", "kunstlerfarben",
  "bilderrahm[a-z]*", ...glued(["rahmen"], ["werkstatt", "atelier", "laden", "manufaktur", "studio", "haus"]), "einrahm[a-z]*", "vergolderei",
  "[a-z]+benodigdheden", "lijstenmaker[a-z]*", "lijstenwinkel", "inlijst[a-z]*",
  "beaux arts", "fournitures (beaux arts|artistiques|d art)", "materiel (beaux arts|d art)", "encadreurs?", "encadrements",
  "art materials", "artists? (suppl[a-z]*|materials)", "picture fram[a-z]*", "framers", "frame (studio|works|makers?)", "framemakers",
  "belle arti", "bellas artes", "cornici", "corniciaio",
  "keramik[a-z]+", "topfer[a-z]+", "kunsthandwerk(er)?", "glasblaserei", "keramiek[a-z]*", "pottenbakkers", "poteries", "ceramistes?", "faiencerie",
  "pottery", "potteries", "ceramics", "ceramic (studio|studios|works)", "alfareria",
  // A clay supplier or a potter's works ("OCMULGEE CLAY WORKS").
  "clay ?works", "clay (co|company|studio|studios)",
  // A Dutch drawing-and-painting supplies shop ("TEKENWINKEL.NL"), as a music shop is a "muziekwinkel".
  ...glued(["teken", "schilder", "kunstenaars"], ["winkel", "centrum"]),
];

// Yarn, fabric, haberdashery and sewing machines; craft, bead and model shops; toys; comics; books; stationery; photo.
const CRAFT_AND_BOOK_SHOPS: readonly string[] = [
  "wolladen", ...glued(["woll"], ["laden", "haus", "werk", "korb", "manufaktur", "werkstatt", "paradies", "boutique", "shop", "ecke", "kiste", "welt", "handel", "geschaft"]), "garne", "garnladen", "garnhaus", "strickladen", "strickwaren",
  // A knitting shop named by its stitches ("MASCHENWERK", "Maschenzauber", "Maschenliebe").
  ...glued(["maschen"], ["werk", "zauber", "liebe", "gluck", "reich", "welt", "kunst", "laden", "haus", "kiste"]),
  "handarbeiten", ...glued(["handarbeits"], ["laden", "geschaft", "haus"]), "kurzwar[a-z]*", ...glued(["stoff"], ["laden", "haus", "welt", "paradies", "kontor", "handel", "geschaft", "kiste", "ecke", "boutique", "zentrale"]), "meterware", "nahmasch[a-z]*", "nahzubehor", "nahzentrum", "patchwork", "knopfladen",
  "breiwinkel", "breiwol", "garenhuis", "handwerkwinkel", "handwerkzaak", "borduurwinkel", "fournituren[a-z]*", ...glued(["stoffen"], ["winkel", "huis", "zaak", "hal"]), "naaimachine[a-z]*", "naaiwinkel", "textielwinkel", "kralen", "kralenwinkel",
  "laine", "laines", "tricots?", "merceries", "machines? a coudre", "tissu", "couture", "perles",
  "needlecrafts?", "needlework", "haberdashers", "fabric (warehouse|house|cent[a-z]*|world|land|outlet|barn|mill|emporium|co|company)", "sew and vac", "sew n vac", "wool", "wools",
  "tessuti", "filati", "lanas", "mercerias",
  "bastel[a-z]+", ...glued(["hobby"], ["shop", "laden", "zaak", "winkel", "centrum", "huis"]), "hobbykunst[a-z]*", ...glued(["kreativ"], ["bedarf", "laden", "shop", "welt", "haus", "kiste"]), "perlen", ...glued(["perlen"], ["laden", "shop", "haus", "welt"]), "modelleisenb[a-z]*", "modellsport", "modellbau[a-z]+", "modellautos", "modellflug[a-z]*", "rc ?modell[a-z]*",
  "knutselwinkel", "knutselzaak", "knutselparadijs", "modelspoor[a-z]*", "modeltrein[a-z]*", "modelbouw[a-z]+",
  "loisirs creatifs", "scrapbooking", "maquettes", "maquettisme", "modelisme", "trains miniatures",
  "craft (suppl[a-z]*|cent[a-z]*|warehouse|barn|emporium)",
  // A supplier of a craft's, an art's or an instrument's goods, its word cut by the card field ("ARTIST & CRAFTSMAN SUPPL",
  // "LOCHABER PIPE SUPPLIES").
  ...["artist", "artists", "craftsman", "craftsmen", "crafters", "hobbies", "sewing", "quilting", "quilters", "knitting", "yarn", "bead", "beading", "pottery", "potters", "ceramic", "ceramics", "clay", "musician", "musicians", "band", "bagpipe", "bagpipes", "pipers", "piping", "pipe", "drum", "drums", "guitar", "guitars", "violin", "strings", "brass", "woodwind", "piano"].map((goods) => `${goods} suppl[a-z]*`), "arts (and|n) crafts", "beads", "scale models", "rc models", "miniatures", "papercraft", "scrapbook", "card ?making",
  "modellismo", "modelismo",
  "spielwar[a-z]*", "toyland", "toybox", "jouet", "giocattoli", "jugueteria", "jugueterias",
  "comicbooks?", "graphic novels", "comicladen", "comicshop", "comicstore", "mangas", "bandes? dessinees?", "stripboek[a-z]*", "stripwinkel", "fumetteria", "fumetti", "comiqueria", "tebeos",
  "buchhdlg", "buchhdl", "buchhandl[a-z]*", "buchhaus", "buchkontor", "buchversand", "bucherecke", "bucherwurm", "boekhand[a-z]*", "boekenwinkel", "boekhuis", "boekenhuis", "boekenkraam", "antiquariaat", "boekenantiquariaat", "antiquarian", "bouquinistes?", "bouquinerie", "livres", "librair[a-z]*",
  "booksel[a-z]*", "bookshops", "bookstores", "bookworms?", "bookbarn", "bookro", "bookrooms?",
  // A German bookshop named by its reading word ("LESEINSEL AM SCHLOSSPLATZ", "Lesezeichen", "Leselust"); an art lending
  // library rents and sells the pictures (kunstuitleen, Artothek).
  ...glued(["lese"], ["insel", "zeichen", "lust", "welt", "ecke", "ratte", "stoff", "zeit", "fuchs"]), "kunstuitleen", "artotheek", "artotheken", "artothek", "artotheque", "libri", "librerie", "libros", "librerias",
  ...glued(["papier"], ["laden", "haus", "handel", "winkel"]), "schreibwar", "schreibware", ...glued(["schreibwaren"], ["handel", "geschaft", "haus"]), "schreibw", "papeter[a-z]*", "stationer", "kantoorvakhandel", "schrijfwaren", "cartolibreria", "cartolerie", "papelerias",
  "fotolab(or)?", "fotogeschaft", "fotofachhandel", "fotohaus", "fotoladen", "fotoservice", "fotoatelier", "fotozaak", "fotowinkel", "fotograaf", "fotografen", "fotografin", "fotovakhandel", "fotocentrum",
  "camera (centre|center|exchange|world|house)", "studio photo", "fotografia", "fotografo",
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const LEISURE_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A school's or a course's word cut by the card field ("MUSIKSCHU"), a town's adult-education centre (VHS), life drawing.
  ["education", [
    ...glued(["musik", "tanz", "mal", "kunst", "ballett", "jugendkunst", "jugendmusik", "gitarren"], ["sch", "schu", "schul"]), "volkshochsch[a-z]*", "vhs", "life drawing", "tanzschul[a-z]+",
  ]],
  // A shop's word read before the venues': "MUSICAL INSTRUMENTS" is no musical.
  ["shopping", [...MUSIC_SHOPS, ...ART_SHOPS, ...CRAFT_AND_BOOK_SHOPS]],
  ["entertainment", [
    // A band's rehearsal room or a recording studio hired by the hour.
    "proberaum[a-z]*", "probenraum[a-z]*", "tonstudios?", "geluidsstudios?", "oefenruimtes?", "repetitieruimtes?", "repetitiestudio", "opnamestudios?",
    "rehearsals?", "rehearsal (roo[a-z]*|stud[a-z]*|spac[a-z]*)", "recording stud[a-z]*", "practice rooms", "oefenstudios?", "studios? de repetition", "studios? d enregistrement", "locaux de repetition", "sala (de )?ensayo", "sala prove",
    // Stages, concert halls, cinemas and their ticket offices.
    ...glued(["theater", "konzert"], ["kas", "kass"]), "vorverkaufs[a-z]*", "kartenservice", "kartenhaus", "kartenvorverkauf", "kartenburo", "kartenzentrale",
    "konzerthaus", "konzertsaal", "konzerte", "konzertdirektion", "konzertagentur", "konzertburo", "festspielhaus", "stadthalle", "festhalle", "staatsoper", "volksoper", "semperoper", "opernhaus", "operettenhaus", "kammerspiele", "schauspiel", "[a-z]+buhne", "komodie",
    "musicals?", "theaters", "theatres", "concertgebouw", "[a-z]*gehoorzaal", "concertzalen", "muziekgebouw", "muziekcentrum", "toneelgroep", "toneel", "cultuurcentrum", "cultureel centrum", "cultuurhuis", "uitburo", "uitbureau", "voorverkoop", "kaartverkoop",
    "centre culturel", "maison de la culture", "comedie", "auditorium", "auditorio", "amphitheater", "amphitheatre", "live music", "movies", "imax",
    "salles? de concerts?", "salle des concerts", "arts? cent[a-z]*", "performing arts", "music (venu[a-z]*|hall|halls)", "pantomime", "entradas", "vvk",
    "multiplex", "cineplex", "cinematheque", "picture ?house", "filmhaus", "filmforum", "lichtspielhaus", ...glued(["kino"], ["center", "palast", "welt", "zentrum"]),
    // Museums, exhibitions, botanic gardens.
    "museen", "musees", "musei", "museu", "science cent[a-z]*", "discovery cent[a-z]*", "exploratorium", "kunstverein", "kunsthal", "ausstellung(en)?", "tentoonstelling", "expositie", "exposition",
    "hortus", "jardin des plantes", "orto botanico", "jardin botanico",
    // Fairs and carnival.
    "kirmes", "jahrmarkt", "volksfest", "kermis", "kermesse", "luna park", "fete foraine", "schutzenfest", "oktoberfest", "comic ?con",
    // Leisure parks, climbing halls, bowling, escape rooms.
    "attractiepark", "[a-z]+zoo", "aquapark", "aqualand", "parc aquatique", "parque acuatico", "acquapark", "amusement parks?", "abenteuerpark", "freizeitland", "familienpark", "marchenpark", "marchenwald", "wildgehege", "parc animalier", "parco divertimenti", "parque de atracciones", "parque tematico", "parco acquatico", "zoologico", "safaripark", "bioparc", "biopark", "acuario", "acquario",
    ...glued(["kletter"], ["zentrum", "welt", "wand"]), ...glued(["boulder"], ["zentrum", "welt", "hal"]), "klimcentrum", "klimmuur", "klimhallen", "salle de blocs?",
    "ten ?pin", "bowlingzentrum", "bowlinghalle", "kegeln", "kegelsport", "bolera", "rocodromo", "sala giochi",
    "exit ?games?", "escape ?hunt", "jeu d evasion", "room ?escape", "live escape", "ratselraum", "escape (raum|arena|zone|world|house|haus|center|centre|city)",
    // Game shops and games, as the policy files game stores.
    "games", "gaming", "esports", "tabletop", "wargaming", "trading cards", "spellenwinkel", "spelwinkel", "brettspiel[a-z]*", "jeux (de societe|video)", "video ?games?",
    // Choirs, bands, orchestras and hobby clubs: a member's dues.
    "chor", ...glued(["kirchen", "gospel", "manner", "frauen", "kammer", "jugend", "kinder", "projekt", "pop", "jazz", "konzert", "oratorien", "dom", "show", "senioren", "shanty", "posaunen"], ["chor"]),
    "chorverband", "chorgemeinschaft", "chorverein", "gesangverein", "gesangsverein", "liederkranz", "liedertafel", "sangerbund", "sangerkranz", "singkreis", "singgemeinschaft", "musikverein", "musikkapelle", "blaskapelle", "stadtkapelle", "spielmannszug", "fanfarenzug", "orchesterverein",
    ...glued(["schach", "foto", "film", "theater", "karnevals", "fastnachts", "faschings", "kultur", "trachten", "brauchtums", "hobby", "skat", "bridge", "dart", "billard", "wander", "alpen", "briefmarken", "philatelisten", "aquarien", "kegel"], ["verein"]),
    ...glued(["karnevals", "fastnachts", "faschings", "narren"], ["gesellschaft"]), "narrenzunft",
    "koor", ...glued(["mannen", "vrouwen", "kinder", "jeugd", "kerk", "gospel", "pop", "shanty", "kamer", "zang", "project"], ["koor"]), "gemengd koor", "fanfare", "fanfarekorps", "drumband", "brassband", "[a-z]*orkest",
    ...glued(["toneel", "schaak", "carnavals", "biljart", "dart", "bridge", "muziek", "zang", "harmonie", "fanfare", "hobby", "foto", "film", "postzegel", "volksdans"], ["vereniging"]),
    "chorale", "choeurs?", "harmonie municipale", "orchestre", "comite des fetes",
    "choirs?", "choral", "choral society", "(brass|silver|wind) band", "operatic society", "(amateur )?dramatics?( society)?", "filarmonica", "orquesta",
  ]],
  // An atelier of no named trade is an art class's (a framer's, a potter's or a tailor's said so above).
  ["education", ["atelier", "ateliers"]],
];

/**
 * A shop's name made of music of no named kind and its owner's or its brand's word: "Music" last ("KERSTEN MUSIC", "VINE
 * MUSIC LTD"), or "Musik"/"Muziek" first with one or two words after it ("MUSIK SCHMIDT GMBH", "MUZIEK DE BAZUIN"), as a
 * record, sheet-music or instrument shop calls itself. heuristics.ts reads the merchant's name with it after every trade
 * word, so a venue's, a school's, a lesson's or a stream's word came first; a club or a foundation ("Musik-Kinder
 * Verein") is no shop, nor is a name that goes on after the music ("MUSIC TOGETHER OF AUSTIN").
 */
export const MUSIC_SHOP_NAME = /^(?:.+ (?:music|musik|muziek)|(?:musik|muziek)(?: [a-z]+){1,2})$/;
export const NOT_A_MUSIC_SHOP = / (?:verein|vereniging|ev|e v|club|kreis|gemeinschaft|stiftung|stichting|fonds|foundation|society|trust)(?: |$)/;
