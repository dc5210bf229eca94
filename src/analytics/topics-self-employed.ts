// What a self-employed person asks about that a category is too wide for:
// money from clients (wages and other income, not interest, benefits or the
// household money a partner pays in), Self Assessment and National Insurance
// (two of the taxes, not council tax), the software they work with (not
// Netflix beside it in subscriptions) and public transport (the transport
// category without the taxis and ride-hailing filed with it).
import type { Topic } from "./topics.ts";

export const CLIENT_INCOME_TOPIC: Topic = {
  key: "client_income",
  en: "Income from clients",
  de: "Einnahmen von Kunden",
  categories: ["salary", "income_other"],
  // Without words every income row is a client's, except what says it is something else.
  words: [],
  except: [
    "interest", "*zinsen", "zins*", "dividend*", "cashback", "refund*", "*erstattung", "household", "haushalt*", "pension*", "*rente",
    "benefit*", "child benefit", "universal credit", "dwp", "hmrc", "kindergeld", "gift", "birthday", "pocket money", "allowance",
  ],
  said: [
    "client", "clients", "client income", "client payments", "income from clients", "customers", "customer payments",
    "freelance income", "self employed income", "self-employed income", "business income", "invoices paid", "kunden", "kundenzahlungen",
  ],
  received: ["client", "clients", "client income", "client payments", "customers", "customer payments", "freelance income", "business income", "kunden", "kundenzahlungen"],
};

export const SELF_ASSESSMENT_TOPIC: Topic = {
  key: "self_assessment",
  en: "Self Assessment",
  de: "Self Assessment (Einkommensteuer UK)",
  categories: ["taxes"],
  words: ["self assessment*", "selfassessment*", "hmrc sa", "sa payment*", "payment on account", "balancing payment"],
  // Typed as people type it: "self assesment", "self-assessment", with or without "tax" (which alone is every tax).
  said: [
    "self asses*", "self assessment tax", "self-assessment tax", "self assesment tax", "self assessement tax", "self asessment tax",
    "self asessment", "payments on account", "payment on account", "sa tax",
  ],
};

export const NATIONAL_INSURANCE_TOPIC: Topic = {
  key: "national_insurance",
  en: "National Insurance",
  de: "National Insurance (UK)",
  // A contribution to the state, paid to HMRC: filed with the taxes, by some banks with insurance.
  categories: ["taxes", "insurance"],
  words: ["national insurance*", "nat ins", "nico", "nics", "ni contribution*", "class 2", "class 3"],
  said: ["national insurance", "national insurance contributions", "national insurance contribution", "ni contributions", "nics", "class 2 ni", "class 3 ni"],
};

export const SOFTWARE_TOPIC: Topic = {
  key: "software",
  en: "Software",
  de: "Software",
  // Tools are paid monthly (subscriptions) or once a year, which banks file anywhere.
  categories: ["subscriptions", "shopping", "education", "other"],
  words: ["software", "*workspace", "g suite", "gsuite", "office 365", "microsoft 365", "m365", "saas", "trados"],
  merchants: [
    "Adobe", "DeepL", "Zoom", "Trados", "RWS", "Memsource", "Phrase", "Smartcat", "Microsoft 365", "Dropbox", "Slack", "Notion", "Atlassian",
    "GitHub", "JetBrains", "Canva", "Grammarly", "1Password", "LastPass", "Figma", "Asana", "Trello", "Xero", "QuickBooks", "FreeAgent", "Sage",
    "DocuSign", "Calendly", "Mailchimp", "Squarespace", "OpenAI", "Anthropic", "Loom", "Miro", "Airtable", "Zapier", "Evernote", "Todoist",
  ],
  said: [
    "software", "software subscriptions", "software subscription", "work software", "software tools", "work tools", "saas", "software licences",
    "software licenses", "software licence", "software license", "work subscriptions", "business software",
  ],
};

export const PUBLIC_TRANSPORT_TOPIC: Topic = {
  key: "public_transport",
  en: "Public transport",
  de: "Öffentliche Verkehrsmittel",
  categories: ["transport"],
  // Every transport row but the taxis and ride-hailing (and rental scooters) banks file beside buses and trains.
  words: [],
  except: [
    "*taxi", "taxis", "cab", "cabs", "uber", "lyft", "bolt", "free now", "freenow", "mytaxi", "addison lee", "gett", "cabify", "careem",
    "didi", "ola cabs", "veezu", "lime", "tier", "voi",
  ],
  said: ["public transport", "public transportation", "public transit", "mass transit", "buses and trains", "trains and buses", "bus and train", "train and bus"],
};

export const SELF_EMPLOYED_TOPICS: readonly Topic[] = [CLIENT_INCOME_TOPIC, SELF_ASSESSMENT_TOPIC, NATIONAL_INSURANCE_TOPIC, SOFTWARE_TOPIC, PUBLIC_TRANSPORT_TOPIC];
