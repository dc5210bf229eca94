// More built-in brands, the twenty-seventh list: what students, apprentices and young adults in their first flat
// pay in Germany, the UK, the US, France and the Netherlands — student halls and their rent guarantors, student
// cards, second-hand shops, online printers and thesis binders, textbooks, study and exam tools, campus dining,
// split tickets, late-night food, nightclubs, laundry apps and festivals.
// Names that are ordinary words, first names, surnames or towns (Host, Chapter, Goodwill, Emmaus) are
// listed only with the words printed beside them, so a payee that merely shares the word keeps its own label;
// a brand whose name alone is a first name or surname (Ben, Kley) is left out, since a payee's bare name is
// its label and would take the brand's category. Rent portals (RentCafe, AppFolio) are left out: the landlord
// printed before them is the merchant. Study loan bodies (KfW, Navient, Sallie Mae…) are left out too:
// their names already label them, and a dictionary row would make the loan paid out a "refund" of spending
// instead of income. Rent guarantors are rent, a deposit alternative is insurance.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_27: readonly MerchantRow[] = [
  // Student halls (UK).
  ["Unite Students", "rent", "unite students", "unite student", "unite group"],
  ["iQ Student Accommodation", "rent", "iq student accommodation", "iq student"],
  ["Fresh Student Living", "rent", "fresh student living", "fresh student"],
  ["CRM Students", "rent", "crm students", "crm student"],
  ["Homes for Students", "rent", "homes for students"],
  ["Campus Living Villages", "rent", "campus living villages"],
  ["Scape Student Living", "rent", "scape student", "scape living"],
  ["Vita Student", "rent", "vita student"],
  // A chapter is a book's: only the halls' own name.
  ["Chapter Living", "rent", "chapter living"],
  ["Yugo", "rent", "yugo student", "yugo com"],
  ["Downing Students", "rent", "downing students"],
  ["Host Students", "rent", "host students"],
  ["Student Roost", "rent", "student roost"],
  ["Prestige Student Living", "rent", "prestige student living", "prestige student"],
  ["Collegiate AC", "rent", "collegiate ac", "collegiate accommodation"],
  ["Urbanest", "rent", "urbanest"],
  ["Hello Student", "rent", "hello student"],
  ["Sanctuary Students", "rent", "sanctuary students"],
  // Student apartments (DE, NL, FR, US).
  ["Youniq", "rent", "youniq"],
  ["SMARTments student", "rent", "smartments"],
  ["Staytoo", "rent", "staytoo"],
  ["Uniplaces", "rent", "uniplaces"],
  ["Kamernet", "rent", "kamernet"],
  ["Idealis", "rent", "idealis"],
  ["Stadswonen", "rent", "stadswonen"],
  ["Roomspot", "rent", "roomspot"],
  ["Lieven de Key", "rent", "lieven de key"],
  ["Cardinal Campus", "rent", "cardinal campus"],
  ["Twenty Campus", "rent", "twenty campus"],
  ["Fac-Habitat", "rent", "fac habitat"],
  ["ARPEJ", "rent", "arpej"],
  ["Studélites", "rent", "studelites"],
  ["Campuséa", "rent", "campusea"],
  ["American Campus Communities", "rent", "american campus communities", "american campus comm"],
  ["Cardinal Group", "rent", "cardinal group"],
  ["Asset Living", "rent", "asset living"],
  // Rent guarantors for tenants without a guarantor of their own; deposit alternatives are insurance.
  ["Garantme", "rent", "garantme"],
  ["Housing Hand", "rent", "housing hand"],
  ["Homeppl", "rent", "homeppl"],
  ["TheGuarantors", "rent", "the guarantors"],
  ["Insurent", "rent", "insurent"],
  ["LeaseLock", "insurance", "leaselock"],
  // Student discount platforms (shopping through them) and student cards (a card fee, education).
  ["UNiDAYS", "shopping", "unidays"],
  ["Student Beans", "shopping", "student beans", "studentbeans"],
  // TOTUM was the NUS Extra card until 2019.
  ["TOTUM", "education", "totum", "nus extra"],
  ["ISIC", "education", "isic card", "isic association", "^isic"],
  // A cheap mobile brand not listed yet; Simon is a first name. (fraenk is left out: it folds to "frank".)
  ["SIMon mobile", "utilities", "simon mobile"],
  // Second-hand and refurbished; Emmaus is also a biblical town and Goodwill a word.
  ["Emmaüs", "shopping", "label emmaus", "emmaus boutique"],
  ["Cash Converters", "shopping", "cash converters"],
  ["Swappie", "shopping", "swappie"],
  ["Goodwill", "shopping", "goodwill industries", "goodwill store", "goodwill retail"],
  ["Selency", "shopping", "selency"],
  // Online printers and thesis binders (copy shops are shopping).
  ["Saxoprint", "shopping", "saxoprint"],
  ["Mixam", "shopping", "mixam"],
  ["BachelorPrint", "shopping", "bachelorprint", "bachelor print"],
  ["Bindewerk", "shopping", "bindewerk"],
  ["epubli", "shopping", "epubli"],
  ["instantprint", "shopping", "instantprint"],
  ["Printdeal", "shopping", "printdeal"],
  ["Exaprint", "shopping", "exaprint"],
  ["Pixartprinting", "shopping", "pixartprinting"],
  // Textbooks, campus bookstores and study platforms; the publishers' learning platforms are education.
  ["Studibuch", "shopping", "studibuch"],
  ["Booklooker", "shopping", "booklooker"],
  ["Better World Books", "shopping", "better world books"],
  // Follett is a surname: its campus bookstores' words.
  ["Follett Higher Education", "shopping", "efollett", "follett higher education", "follett bookstore"],
  ["Course Hero", "education", "course hero"],
  ["Numerade", "education", "numerade"],
  ["Kortext", "education", "kortext"],
  ["VitalSource", "education", "vitalsource", "vital source"],
  ["McGraw Hill", "education", "mcgraw hill", "mheducation"],
  ["John Wiley & Sons", "education", "john wiley", "wileyplus", "wiley plus"],
  // Macmillan alone is the cancer charity.
  ["Macmillan Learning", "education", "macmillan learning"],
  ["WebAssign", "education", "webassign"],
  ["iClicker", "education", "iclicker"],
  ["Sapling Learning", "education", "sapling learning"],
  ["zyBooks", "education", "zybooks"],
  ["Knowunity", "education", "knowunity"],
  ["Kenhub", "education", "kenhub"],
  ["Cambly", "education", "cambly"],
  ["Mondly", "education", "mondly"],
  ["Pimsleur", "education", "pimsleur"],
  ["Assimil", "education", "assimil"],
  // Writing, maths and note apps are subscriptions, like Grammarly and Symbolab; notability is also a word.
  ["QuillBot", "subscriptions", "quillbot"],
  ["Wolfram Alpha", "subscriptions", "wolfram alpha", "wolfram research"],
  ["Mathway", "subscriptions", "mathway"],
  ["Perlego", "subscriptions", "perlego"],
  ["Notability", "subscriptions", "notability app", "ginger labs"],
  ["Scrivener", "subscriptions", "literature and latte"],
  // Language tests, admission tests, application services and France's student levy.
  ["TOEFL", "education", "toefl", "educational testing service"],
  ["IELTS", "education", "ielts"],
  ["Pearson VUE", "education", "pearson vue"],
  ["LSAC", "education", "lsac"],
  ["AAMC", "education", "aamc"],
  ["Prometric", "education", "prometric"],
  ["TestDaF", "education", "testdaf"],
  ["UCAS", "education", "ucas"],
  ["Common App", "education", "common app"],
  ["uni-assist", "education", "uni assist"],
  ["Campus France", "education", "campus france"],
  ["CVEC", "education", "cvec"],
  // Campus dining, campus card accounts (education, like the school canteen portals) and the CROUS wallet.
  ["Chartwells", "restaurants", "chartwells"],
  ["Bon Appétit Management", "restaurants", "bon appetit management"],
  ["Transact Campus", "education", "transact campus"],
  ["CBORD", "education", "cbord"],
  ["Izly", "restaurants", "izly"],
  // Bike share, coaches and split tickets.
  ["Indego", "transport", "rideindego", "indego bike"],
  ["VCub", "transport", "vcub"],
  ["TrainSplit", "transport", "trainsplit"],
  ["Eurolines", "transport", "eurolines"],
  ["Busbud", "transport", "busbud"],
  ["RedCoach", "transport", "redcoach"],
  // Late-night food; Sam is a first name.
  ["Pancheros", "restaurants", "pancheros"],
  ["Rüyam Gemüse Kebab", "restaurants", "ruyam gemuse kebab", "ruyam gemuse"],
  ["Sam's Chicken", "restaurants", "sams chicken"],
  ["Favorite Chicken", "restaurants", "favorite chicken"],
  ["Roosters Piri Piri", "restaurants", "roosters piri"],
  ["Speed Burger", "restaurants", "speed burger"],
  ["Five Pizza Original", "restaurants", "five pizza"],
  // Nightclubs; fabric is a word, a tiger a chain of shops.
  ["PRYZM", "entertainment", "pryzm"],
  ["Tiger Tiger", "entertainment", "tiger tiger"],
  ["fabric London", "entertainment", "fabric london", "fabric nightclub"],
  ["Ministry of Sound", "entertainment", "ministry of sound"],
  ["Berghain", "entertainment", "berghain"],
  ["Bootshaus", "entertainment", "bootshaus"],
  // Laundry apps, halls' laundry rooms and dry cleaners (drugstore); a circuit is a word.
  ["Circuit Laundry", "drugstore", "circuit laundry", "circuit launderette"],
  ["CSC ServiceWorks", "drugstore", "csc serviceworks", "csc go", "cscsw"],
  ["WashStation", "drugstore", "washstation"],
  ["PayRange", "drugstore", "payrange"],
  ["Laundryheap", "drugstore", "laundryheap"],
  ["Laundrapp", "drugstore", "laundrapp"],
  ["WASH Multifamily", "drugstore", "wash multifamily"],
  ["Speed Queen Laundry", "drugstore", "speed queen laundry", "speed queen laundromat"],
  ["Johnson Cleaners", "drugstore", "johnson cleaners"],
];
