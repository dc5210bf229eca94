// More built-in brands, the twenty-eighth list: what retirees and pensioners in Germany, the UK, the US, France
// and the Netherlands are paid by and pay — pension funds, retirement systems and annuity payers, over-50s and
// funeral insurers, stairlifts, mobility aids, home care and emergency-call services, coach and rail tours,
// river and ocean cruises, thermal baths, mail-order fashion, charities and churches' aid works, and the
// regional newspapers and magazines they take. (Their garden centres and hearing-aid shops were listed already.)
// A pension or annuity paid in is pay (salary). A brand has one category whichever way the money goes, so a fund
// its members pay into themselves every month (doctors' and lawyers' Versorgungswerke, the Bayerische
// Versorgungskammer) is left out, and so are funds that also pay civil servants' Beihilfe (RVK, KVBW): their
// contributions and refunds are no pay. Carsat is left out too: its regional funds go by their own names
// ("Carsat Auvergne"). Stairlifts, mobility aids, home care and emergency calls are health; coach tours and
// cruises travel; thermal baths entertainment; charities and churches' aid works donations; newspapers and
// magazines subscriptions; a funeral plan pays for a funeral (other), a funeral insurance is insurance.
// Names that are ordinary words, first names, surnames or towns (Trafalgar, Collette, Dignity, Sioux, Leger,
// Plein Cap, Lively, Zonnebloem) are listed only with the words printed beside them, so a payee that merely shares
// the word keeps its own label; such a brand also goes by its longer name ("Collette Vacations", "Tauck Tours",
// "Sioux Schuhe"), since a payee whose name is exactly a brand's name takes the brand ("Sioux, Anna" would be the
// shoe maker). A church-giving processor (Pushpay) is no brand: the church it collects for is.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_28: readonly MerchantRow[] = [
  // Pension payers (US): federal, state and teachers' retirement systems.
  ["PBGC", "salary", "pbgc", "pension benefit guaranty"],
  ["NYSLRS", "salary", "nyslrs", "new york state local retirement", "ny state local retirement"],
  ["NYSTRS", "salary", "nystrs", "new york state teachers retirement"],
  ["CalPERS", "salary", "calpers"],
  ["CalSTRS", "salary", "calstrs"],
  ["TIAA", "salary", "tiaa", "tiaa cref"],
  ["OPM Retirement", "salary", "opm retirement", "opm1"],
  ["DFAS", "salary", "dfas", "defense finance and accounting"],
  ["Arizona State Retirement System", "salary", "arizona state retirement"],
  ["Teacher Retirement System of Texas", "salary", "teacher retirement system of texas"],
  ["Employees Retirement System of Texas", "salary", "employees retirement system of texas"],
  ["Ohio Public Employees Retirement System", "salary", "ohio public employees retirement"],
  ["STRS Ohio", "salary", "strs ohio", "state teachers retirement system of ohio"],
  ["Florida Retirement System", "salary", "florida retirement system"],
  ["Virginia Retirement System", "salary", "virginia retirement system"],
  ["PSERS", "salary", "psers", "public school employees retirement"],
  ["Railroad Retirement Board", "salary", "railroad retirement"],
  // Pension payers (UK): civil service, teachers, NHS, forces, local government, universities, company schemes.
  ["MyCSP", "salary", "mycsp", "civil service pension"],
  ["Teachers' Pensions", "salary", "teachers pensions", "teachers pension scheme"],
  ["NHS Pensions", "salary", "nhs pensions", "nhs pension scheme"],
  ["Royal Mail Pension Plan", "salary", "royal mail pension"],
  ["Veterans UK", "salary", "veterans uk", "armed forces pension", "spva"],
  ["West Yorkshire Pension Fund", "salary", "west yorkshire pension fund", "wypf"],
  ["Greater Manchester Pension Fund", "salary", "greater manchester pension fund", "gmpf"],
  ["Strathclyde Pension Fund", "salary", "strathclyde pension fund"],
  ["South Yorkshire Pensions Authority", "salary", "south yorkshire pensions"],
  ["London Pensions Fund Authority", "salary", "london pensions fund", "lpfa"],
  ["Universities Superannuation Scheme", "salary", "universities superannuation", "uss pensions"],
  ["BT Pension Scheme", "salary", "bt pension scheme", "btps"],
  ["Pension Protection Fund", "salary", "pension protection fund"],
  ["Just Retirement", "salary", "just retirement", "just group plc"],
  // Pension payers (FR): the supplementary and public-service schemes.
  ["Agirc-Arrco", "salary", "agirc arrco", "agirc", "arrco"],
  ["Ircantec", "salary", "ircantec"],
  ["CNRACL", "salary", "cnracl"],
  ["Service des retraites de l'État", "salary", "service des retraites de letat", "service des retraites de l etat"],
  ["RAFP", "salary", "rafp", "retraite additionnelle de la fonction publique"],
  // Pension payers (NL): industry-wide pension funds and the state pension's payer.
  ["Pensioenfonds PMT", "salary", "pensioenfonds pmt", "pensioenfonds metaal en techniek"],
  ["Pensioenfonds PME", "salary", "pensioenfonds pme", "pensioenfonds van de metalektro", "metalektro"],
  ["bpfBOUW", "salary", "bpfbouw", "bpf bouw"],
  ["Pensioenfonds Vervoer", "salary", "pensioenfonds vervoer"],
  ["Pensioenfonds Detailhandel", "salary", "pensioenfonds detailhandel"],
  ["Pensioenfonds PGB", "salary", "pensioenfonds pgb", "pgb pensioendiensten"],
  ["BPL Pensioen", "salary", "bpl pensioen"],
  ["StiPP", "salary", "stipp", "pensioenfonds stipp"],
  ["Pensioenfonds Horeca & Catering", "salary", "pensioenfonds horeca"],
  ["SVB", "salary", "sociale verzekeringsbank", "svb aow"],
  // Pension payers (DE): the banks' and the public service's supplementary funds, paid into through the employer.
  ["BVV", "salary", "bvv versicherungsverein", "bvv versorgungskasse", "versorgungskasse des bankgewerbes", "versicherungsverein des bankgewerbes"],
  ["VBL", "salary", "versorgungsanstalt des bundes und der lander", "vbl versorgungsanstalt", "vbl betriebsrente", "vblklassik"],
  // Over-50s, funeral and annuity insurers; a funeral plan pays for a funeral (other).
  ["Engage Mutual", "insurance", "engage mutual"],
  ["OneFamily", "insurance", "onefamily"],
  ["AllClear", "insurance", "allclear travel", "allclear insurance"],
  ["British Seniors", "insurance", "british seniors"],
  ["Homesteaders Life", "insurance", "homesteaders life"],
  ["Golden Charter", "other", "golden charter"],
  ["Dignity Funerals", "other", "dignity funerals", "dignity funeral", "dignity plc"],
  ["Co-op Funeralcare", "other", "co op funeralcare", "coop funeralcare", "funeralcare"],
];
