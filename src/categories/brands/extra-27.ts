// More built-in brands, the twenty-seventh list: what students, apprentices and young adults in their first flat
// pay in Germany, the UK, the US, France and the Netherlands — student halls and their rent guarantors, student
// cards, second-hand shops, online printers and thesis binders, textbooks, study and exam tools, student loans.
// Names that are ordinary words, first names, surnames or towns (Host, Chapter, Goodwill, Emmaus) are
// listed only with the words printed beside them, so a payee that merely shares the word keeps its own label;
// a brand whose name alone is a first name or surname (Ben, Kley) is left out, since a payee's bare name is
// its label and would take the brand's category. Rent portals (RentCafe, AppFolio) are left out: the landlord
// printed before them is the merchant. Student loan bodies are "other", like the Student Loans
// Company; rent guarantors are rent, a deposit alternative is insurance.
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
];
