// Built-in brands of teachers, school staff, nurses and other public-sector employees: the publishers and platforms
// of teaching material they buy for their lessons (education, like learning apps), the classroom-supply and uniform
// houses they buy from privately (shopping), their unions and registration bodies (fees, like professional dues),
// the insurers of civil servants and teachers (insurance), and the holiday parks and holiday-home agencies booked at
// school-holiday prices (travel).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_PUBLIC_SERVANTS: readonly MerchantRow[] = [
  // German publishers of worksheets and lesson material for teachers ("PERSEN.DE DOWNLOADMATERI", "VERLAGRUHR.DE").
  ["Persen Verlag", "education", "persen verlag", "persen de"],
  ["Auer Verlag", "education", "auer verlag"],
  ["Verlag an der Ruhr", "education", "verlag an der ruhr", "verlagruhr", "verlagruhr de"],
  // Lehrerbüro, the teachers' subscription portal; Zaubereinmaleins, the primary-school worksheet designer, whose
  // coined name PayPal's merchant field cuts after eleven letters ("PAYPAL *ZAUBEREINMA").
  ["Lehrerbüro", "education", "lehrerburo", "lehrerburo de"],
  ["Zaubereinmaleins", "education", "zaubereinmaleins", "zaubereinma"],
  // British and American worksheet and lesson platforms and teaching-resource publishers.
  ["Twinkl", "education", "twinkl"],
  ["White Rose Education", "education", "white rose education", "white rose maths"],
  ["Classroom Secrets", "education", "classroom secrets"],
  ["Teachers Pay Teachers", "education", "teachers pay teachers"],
  ["Evan-Moor", "education", "evan moor"],
  ["Hand2Mind", "education", "hand2mind"],
  ["LessonUp", "education", "lessonup"],
  // Classroom-supply mail-order houses (Betzold of Ellwangen, Wehrfritz, TTS, Hope, Consortium) and the teachers'
  // planner maker Timetex, bought from privately.
  ["Betzold", "shopping", "betzold", "arnulf betzold"],
  ["Wehrfritz", "shopping", "wehrfritz"],
  ["Timetex", "shopping", "timetex", "timetex hermedia"],
  ["TTS", "shopping", "tts group"],
  ["Hope Education", "shopping", "hope education"],
  ["Consortium Education", "shopping", "consortium education"],
  // Nurses' and carers' uniforms.
  ["Simon Jersey", "shopping", "simon jersey"],
  ["Cherokee Uniforms", "shopping", "cherokee uniforms"],
  // Teachers' and public-service unions and the nurses' register: what belonging to the profession costs (fees).
  ["ver.di", "fees", "ver di", "verdi bundesverwaltung"],
  ["VBE Niedersachsen", "fees", "vbe niedersachsen", "vbe landesverband niedersachsen"],
  ["VBE", "fees", "verband bildung und erziehung"],
  ["GEW", "fees", "gewerkschaft erziehung und wissenschaft"],
  ["UNISON", "fees", "^unison"],
  ["NASUWT", "fees", "nasuwt"],
  ["National Education Union", "fees", "national education union"],
  ["Royal College of Nursing", "fees", "royal college of nursing"],
  ["NYSNA", "fees", "nysna", "new york state nurses association"],
  ["SNUipp-FSU", "fees", "snuipp", "snuipp fsu"],
  ["AOb", "fees", "algemene onderwijsbond", "^aob"],
  // Insurers of teachers and public servants.
  ["Wesleyan", "insurance", "wesleyan assurance", "wesleyan assurance society"],
  ["NYSUT Member Benefits", "insurance", "nysut member benefits", "nysut mb"],
  ["Autonome de Solidarité Laïque", "insurance", "autonome de solidarite laique", "autonome de solidarite"],
  // New York's direct-sold 529 college savings plan, which teachers' households pay into by the month (savings).
  ["NY 529 Direct Plan", "savings", "ny 529 direct plan", "ny529"],
  // The Saratoga Performing Arts Center, by its initials at the box office ("SPAC BOX OFFICE SARATOGA").
  ["Saratoga Performing Arts Center", "entertainment", "saratoga performing arts", "spac box office"],
  // Holiday parks and holiday-home agencies.
  ["Dancenter", "travel", "dancenter"],
  ["Haulfryn", "travel", "haulfryn", "haulfryn group", "haulfryn holidays"],
  ["Hoburne", "travel", "hoburne"],
  ["Weneedavacation.com", "travel", "weneedavacation"],
  ["Vrij Uit", "travel", "vrij uit vakanties", "vrijuit"],
  ["Weissenhäuser Strand", "travel", "weissenhauser strand"],
];
