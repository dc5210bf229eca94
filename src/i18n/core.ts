// Core bot texts. Feature modules register their own bundles beside their code.
export const core = {
  en: {
    "common.cancelled": "Cancelled. Nothing was changed.",
    "common.nothing_to_cancel": "There is nothing to cancel.",
    "common.error": "Something went wrong on my side. Nothing was changed; please try again in a moment.",
    "common.yes": "Yes",
    "common.no": "No",
    "common.back": "« Back",
    "common.timeout": "No answer in time, so I stopped here. Nothing was changed.",
  },
  de: {
    "common.cancelled": "Abgebrochen. Es wurde nichts geändert.",
    "common.nothing_to_cancel": "Es gibt nichts abzubrechen.",
    "common.error": "Bei mir ist etwas schiefgegangen. Es wurde nichts geändert; bitte versuche es gleich noch einmal.",
    "common.yes": "Ja",
    "common.no": "Nein",
    "common.back": "« Zurück",
    "common.timeout": "Keine Antwort rechtzeitig, darum habe ich hier aufgehört. Es wurde nichts geändert.",
  },
};
