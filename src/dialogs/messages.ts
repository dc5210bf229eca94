// Texts of the replica relay. "link.interrupted" (handlers) names the bank when
// a PENDING link attempt exists; this one covers a re-link, which has none.
export const dialogMessages = {
  en: {
    "dialog.interrupted": "The server that was running this step stopped, so it was lost. Nothing was saved; please start again (/link or the Re-link button).",
  },
  de: {
    "dialog.interrupted": "Der Server, der diesen Schritt ausgeführt hat, wurde beendet; der Schritt ist verloren. Es wurde nichts gespeichert; bitte fang noch einmal an (/link oder der Knopf „Neu verbinden“).",
  },
};
