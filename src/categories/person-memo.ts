// Money to or from a person on US and UK statements (Wells Fargo, Amex, Chase, Bank of America, Barclays, HSBC) has no
// counterparty field: the bank prints the person's name and the payer's memo run together ("NADIA PELLINGHAM GAS MONEY
// AND PHONE BILL 1020 74452611 JANE DOE", "MR AND MRS D HOLBROOKE FROM GRANDMA AND GRANDAD DRIVING LESSONS BGC"). The
// person is who was paid; the memo is what the family paid each other for, which no shop sold. A name is a known given
// name or an initial, then a surname-shaped word; a memo is told by its own words. A shop named like a person ("JOHN
// LEWIS", "SARAH SMITH PHOTOGRAPHY") is no person: the dictionary knows it, or a trade word follows the surname.
import { contentCategory, namesKind, type HeuristicSubject } from "./heuristics.ts";
import { matchMerchantText, merchantByName } from "./merchant-dictionary.ts";
import { foldText } from "./normalize.ts";
import { GIVEN_NAMES } from "./given-names.ts";

// Words a payer's memo is made of. "rent" is not one: a private landlord paid rent is paid rent ("ROOM RENT MAY").
const MEMO_WORDS: ReadonlySet<string> = new Set([
  "allowance", "pocket", "money", "for", "from", "re", "ref", "birthday", "bday", "gift", "gifts", "present", "xmas", "christmas",
  "lesson", "lessons", "share", "dinner", "dinners", "lunch", "lunches", "fare", "fares", "bill", "bills", "phone", "gas", "petrol",
  "groceries", "thanks", "thank", "thx", "loan", "payback", "owed", "owe", "split", "half", "towards", "treat",
  // A tenancy deposit paid back to or by a person ("MISS H CALLAGHAN DEPOSIT RETURN FLAT 2 LESS CLEANING").
  "deposit", "bond", "return", "returned", "less",
  // The payer's own voice ("MY HALF OF RENT", "OUR SHARE") and a family's signature ("LOVE MOM").
  "my", "our", "love", "xoxo", "mom", "mum", "dad", "grandma", "grandpa", "granny", "grandad", "nana",
  // …and in Spanish, as a family in the US writes it to its own ("AYUDA FAMILIA", "PARA MAMI").
  "para", "ayuda", "familia", "mami", "papi", "abuela", "abuelo", "regalo", "cumpleanos",
]);

// A sitter paid for the evenings sat ("BABYSITTING SAT NIGHT", "SITTING FRI AND SAT CHEERS"): a memo after a person's
// name, but one that says what was bought (childcare), so the category still reads it. Short weekdays are left out:
// "Sun", "Sat" are surnames too.
const SITTING_WORDS: ReadonlySet<string> = new Set([
  "babysitting", "babysit", "babysitter", "sitting", "childcare", "night", "nights", "evening", "evenings", "weekend", "cheers",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
const isMemoWord = (word: string) => MEMO_WORDS.has(word) || SITTING_WORDS.has(word);

// Words that open a memo: what follows them is the payer's, whatever trade it names ("FOR MAISIES DRIVERS ED").
// "MY HALF OF RENT": a memo in the payer's own voice too ("my", "our"); no business's name goes on with it.
const MEMO_OPENERS: ReadonlySet<string> = new Set(["for", "from", "re", "ref", "my", "our", "para"]);
// "GROCERY $ LOVE MOM": a family member's signature makes the whole memo the family's, whatever it names before it.
const SIGNATURE = /^(?:love|xoxo)$/;
const FAMILY = new Set(["mom", "mum", "dad", "grandma", "grandpa", "granny", "grandad", "nana"]);
const LEGAL_FORMS: ReadonlySet<string> = new Set(["ltd", "limited", "plc", "llc", "llp", "inc", "co", "corp", "lp", "gmbh"]);

// Words a bank puts before the name: a UK payment type, a person's title, a couple's titles.
const TYPE_CODES: ReadonlySet<string> = new Set(["dd", "so", "cr", "bgc", "fpi", "fpo", "tfr", "sto", "bac", "dpc"]);
// "ZELLE TO HANNAH BJORKLUND MY HALF OF RENT": a person-to-person rail and its direction before the name.
const RAIL = /^(?:zelle|venmo)(?: payment)? (?:to|from) /;
const TITLES: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "mx", "dr"]);
const COUPLE_JOINERS: ReadonlySet<string> = new Set(["and", "&", "+"]);
// Words that join a shop's name and are never a surname ("BEN AND JERRYS", "JACK IN THE BOX").
const NOT_SURNAMES: ReadonlySet<string> = new Set(["and", "or", "the", "of", "in", "on", "at", "to", "by", "de", "du", "la", "le", "van", "von", "des", "del"]);

// Surnames many people carry that are also a trade's word ("J. Bakker", "M. Bakkali", "Lily Bloom"): after a given
// name or an initial they name a person; a trade word beside them ("Slagerij Bakker") still names a shop.
const TRADE_SURNAMES: ReadonlySet<string> = new Set(["bakker", "slager", "schilder", "bloem", "bloom", "butcher", "barber", "bakkal", "bakkali", "kasap"]);

const fold = (word: string) => foldText(word);
/** A surname that says a trade, unless many people carry it. */
const surnameNamesKind = (word: string) => namesKind(word) && !TRADE_SURNAMES.has(fold(word));

/**
 * A name with its last word dropped when that is a surname many people carry ("Jan Bakker" → "Jan"), to read the
 * rest for a trade's word; anything else as it is. Alone ("Bakker") only when the caller knows a person is meant
 * (the label of "M. Bakkali" is "Bakkali").
 */
export function withoutTradeSurname(name: string, alone = false): string {
  const words = name.trim().split(/\s+/);
  return (alone || words.length >= 2) && TRADE_SURNAMES.has(fold(words[words.length - 1]!)) ? words.slice(0, -1).join(" ") : name;
}
const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);
const isSurname = (word: string) => /^\p{L}[\p{L}'’-]*\p{L}$/u.test(word) && !NOT_SURNAMES.has(fold(word)) && !isMemoWord(fold(word));

/**
 * The words after a name say a trade of their own: a legal form, or a category the memo's own words do not read
 * ("PHONE REPAIRS" is a shop, "GAS MONEY AND PHONE" only the memo's gas and phone).
 */
function namesTrade(words: readonly string[]): boolean {
  if (words.some((w) => LEGAL_FORMS.has(w))) return true;
  const read = contentCategory({ amountSign: -1, texts: [words.join(" ")] });
  return read !== null && read !== contentCategory({ amountSign: -1, texts: [words.filter(isMemoWord).join(" ")] });
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** Skips a leading payment type and title(s); returns the index of the name's first word and whether a title was printed. */
function afterTitles(words: readonly string[]): { at: number; titled: boolean; railed: boolean } {
  const rail = RAIL.exec(`${words.slice(0, 3).map(fold).join(" ")} `)?.[0];
  let at = rail ? rail.trim().split(" ").length : TYPE_CODES.has(fold(words[0] ?? "")) ? 1 : 0;
  const railed = rail !== undefined;
  const title = (i: number) => TITLES.has(fold(words[i] ?? ""));
  if (!title(at)) return { at, titled: false, railed };
  at += 1;
  // "MR AND MRS", "MR & MRS": a couple's account.
  if (COUPLE_JOINERS.has(words[at]?.toLowerCase() ?? "") && title(at + 1)) at += 2;
  return { at, titled: true, railed };
}

/**
 * The person a description starts with when a memo follows their name, labelled ("D Holbrooke", "Nadia Pellingham"),
 * or null when the text starts with no person's name or no memo follows it.
 */
export function personBeforeMemo(text: string | null | undefined): string | null {
  if (!text) return null;
  // "ORLA KENWORTHY DES:GROCERIES": Bank of America's field keys end in a colon.
  const words = text.replace(/:/g, " ").trim().split(/\s+/);
  const { at, titled, railed } = afterTitles(words);
  const first = words[at] ?? "";
  const initial = isInitial(first);
  // After a person-to-person rail the payee is a person's enrolled name, whatever given name no list holds ("ZELLE
  // PAYMENT TO KAYLEIGH BRANTLEY"); a business there still shows its trade word or legal form, which the checks below read.
  if (!initial && !(railed && isSurname(first) && !surnameNamesKind(first)) && !GIVEN_NAMES.has(fold(first))) return null;
  // A middle initial ("D J HOLBROOKE", "NADIA K PELLINGHAM").
  const last = isInitial(words[at + 1] ?? "") ? at + 2 : at + 1;
  const surname = words[last] ?? "";
  if (!isSurname(surname) || surnameNamesKind(surname)) return null;
  const memo = words.slice(last + 1, last + 5).map(fold);
  const next = memo[0];
  if (next === undefined || !memo.some(isMemoWord)) return null;
  // Before a memo's own opening word, a trade word or a legal form makes the name a business's ("SARAH SMITH
  // PHOTOGRAPHY REF …", "AMY LEE PHONE REPAIRS", "SIMON JERSEY LTD REF 123"); after it, the memo may say anything.
  const signed = memo.some((w, i) => SIGNATURE.test(w) && FAMILY.has(memo[i + 1] ?? ""));
  const opened = signed ? 0 : memo.findIndex((w) => MEMO_OPENERS.has(w));
  if (namesTrade(memo.slice(0, opened < 0 ? undefined : opened))) return null;
  // An initial with neither a title nor a memo word right after it may be a brand's letter.
  if (initial && !titled && !MEMO_WORDS.has(next)) return null;
  const name = words.slice(at, last + 1).join(" ");
  if (merchantByName(name) || matchMerchantText(name)) return null;
  // A brand whose name goes on past the surname ("PETER PAN BUS LINES").
  const longer = MEMO_OPENERS.has(next) ? null : matchMerchantText(`${name} ${words[last + 1]}`);
  if (longer && !longer.generic) return null;
  return titleCase(name);
}

// The titles a person's own account is held under: a doctor's title often opens a practice's name ("DR A OKONJO DENTAL SURGERY").
const PERSON_TITLES: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "mx"]);

/**
 * The payee of a UK transfer held under a title and initials ("MRS K ATTWOOLL DOG WALKS JULY FT" → "K Attwooll"): the
 * words after the surname are the payer's reference, whatever they name, as no memo word need tell. Null for a firm
 * printed so (a legal form, "& Sons" after the surname) or a name the dictionary knows.
 */
export function titledPayee(text: string | null | undefined): string | null {
  const words = (text ?? "").trim().split(/\s+/);
  const { at, titled } = afterTitles(words);
  if (!titled || !PERSON_TITLES.has(fold(words[at - 1] ?? ""))) return null;
  let last = at;
  while (last < at + 2 && isInitial(words[last] ?? "")) last += 1;
  const surname = words[last] ?? "";
  if (last === at || !isSurname(surname) || surnameNamesKind(surname)) return null;
  const rest = words.slice(last + 1).map(fold);
  if (!rest.length || rest.some((w) => LEGAL_FORMS.has(w)) || COUPLE_JOINERS.has(rest[0]!)) return null;
  const name = words.slice(at, last + 1).join(" ");
  return merchantByName(name) || matchMerchantText(name) ? null : titleCase(name);
}

/**
 * A counterparty that is a titled person's name with initials ("MISS E CRANSTEAD", "MR D J OKAFOR"): a person, though
 * an initial is no full name (transfers/own-names.ts asks for two words of letters each).
 */
export function titledInitialsName(text: string | null | undefined): boolean {
  const words = (text ?? "").trim().split(/\s+/);
  const { at, titled } = afterTitles(words);
  const rest = words.slice(at);
  if (!titled || rest.length < 2 || rest.length > 3) return false;
  const surname = rest[rest.length - 1]!;
  return rest.slice(0, -1).every(isInitial) && isSurname(surname) && !surnameNamesKind(surname) && !matchMerchantText(rest.join(" "));
}

/**
 * The category the row's texts read is the memo's alone: without the memo's words ("gas money", "phone bill") no
 * text says it. Paid to a person, such a category is what the money helped with, not what a business sold.
 */
export function readFromMemoOnly(subject: HeuristicSubject, category: string): boolean {
  const texts = subject.texts.map((t) => t && t.split(/\s+/).filter((w) => !MEMO_WORDS.has(fold(w))).join(" "));
  return contentCategory({ ...subject, texts }) !== category;
}

// "S. Wijnhoven-Baarda", "J. de Vries", "A.M. van der Berg", "K. Müller": Dutch, Belgian and German banks print a
// private counterparty as initials with dots, a name particle or two, and the surname.
const INITIALLED_NAME = /^(?:\p{Lu}\.\s?){1,3}(?:(?:van|de|der|den|ter|ten|te|von|vom|zu|le|la|du)\s+){0,2}\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?$/u;

// "T ADEYEMI-BROWN", "J OKAFOR": British banks print a payee set up by hand as one initial without a dot and the
// surname, in capitals.
const UK_INITIALLED_NAME = /^\p{Lu} \p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;

/** A counterparty printed as a person's initials and surname ("S. Wijnhoven-Baarda"), no brand the dictionary knows. */
export function initialledName(text: string | null | undefined): boolean {
  const name = (text ?? "").trim().replace(/\s+/g, " ");
  return (INITIALLED_NAME.test(name) || UK_INITIALLED_NAME.test(name)) && !namesKind(withoutTradeSurname(name.replace(/^(?:\p{Lu}\.\s?)+/u, ""), true)) && !matchMerchantText(name) && !merchantByName(name);
}
