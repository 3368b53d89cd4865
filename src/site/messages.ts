/** What the site-wide script says to readers (notes about offline use and updates, the printed footer). */
export const SITE_MESSAGES = {
  offlineReady: "Available offline: this site now works on this device without a network.",
  offlineStatus: "Available offline on this device.",
  offlineFailed: (reason: string) => `Could not keep the site for offline use (${reason}); it will try again on the next visit.`,
  updateReady: "An updated version of this site is ready.",
  reload: "Reload",
  dismiss: "Dismiss",
  printedFrom: (address: string, date: string) => `Printed from ${address} on ${date}.`,
  links: "Links"
} as const;
