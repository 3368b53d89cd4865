/**
 * Starts the site's service worker (src/serviceWorker/) from every page and tells the reader what it did:
 * - records on `<html>` whether the page is cross-origin isolated (`data-isolation`, read by the labs' backend note)
 *   and whether the site is kept for offline use (`data-offline`: "saving", "ready", "failed", "unavailable");
 * - on the very first visit, once the worker has taken over, reloads the page once so that it is isolated (never in a
 *   frame, never twice in a tab: `isolationStep`), then asks the worker to keep every file, and says "Available offline";
 * - when a new version of the site has been fetched, offers "Updated — reload".
 */
import {ISOLATION_EVENT, type IsolationState} from "../session/backendText.js";
import {isolationStep} from "./isolation.js";
import {siteMessages} from "./messages.js";
import {showSiteNote, showFooterStatus} from "./siteNote.js";

/** Session storage key: this tab reloaded once for isolation. */
const RELOADED_KEY = "resnet-explorable:isolation-reload";
/** Local storage key: the version whose "available offline" note the reader has seen. */
const NOTED_KEY = "resnet-explorable:offline-noted";

function storage(kind: "sessionStorage" | "localStorage"): Storage | null {
  try {
    const store = window[kind];
    store.setItem("resnet-explorable:probe", "1");
    store.removeItem("resnet-explorable:probe");
    return store;
  } catch {
    return null;
  }
}

function inFrame(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true; // a cross-origin parent cannot even be compared
  }
}

/** Records the page's isolation state on `<html data-isolation>` and tells the labs (their backend note says why one thread). */
function setIsolation(state: IsolationState): void {
  document.documentElement.dataset.isolation = state;
  document.dispatchEvent(new CustomEvent(ISOLATION_EVENT));
}

/** Sets `data-isolation`; returns true when the page is about to reload. */
function checkIsolation(): boolean {
  const session = storage("sessionStorage");
  const state = isolationStep({
    isolated: window.crossOriginIsolated === true,
    inFrame: inFrame(),
    controlled: navigator.serviceWorker.controller !== null,
    reloadedBefore: session?.getItem(RELOADED_KEY) === "1",
    canRemember: session !== null
  });
  setIsolation(state);
  if (state !== "reloading") return false;
  session!.setItem(RELOADED_KEY, "1");
  location.reload();
  return true;
}

function onPrecached(message: {version: string}): void {
  document.documentElement.dataset.offline = "ready";
  showFooterStatus(siteMessages().offlineStatus);
  const local = storage("localStorage");
  if (local?.getItem(NOTED_KEY) === message.version) return;
  local?.setItem(NOTED_KEY, message.version);
  showSiteNote(siteMessages().offlineReady);
}

function listen(): void {
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as {type?: string; version?: string; message?: string} | null;
    if (data?.type === "precached") onPrecached({version: data.version ?? ""});
    if (data?.type === "precache-failed") {
      document.documentElement.dataset.offline = "failed";
      showFooterStatus(siteMessages().offlineFailed(data.message ?? siteMessages().fileNotFetched));
    }
  });
}

function askToPrecache(): void {
  const controller = navigator.serviceWorker.controller;
  if (!controller) return;
  document.documentElement.dataset.offline = "saving";
  controller.postMessage({type: "precache"});
}

/** Offers the waiting version; reloads into it when the reader agrees. */
function offerUpdate(registration: ServiceWorkerRegistration): void {
  const waiting = registration.waiting;
  if (!waiting || !navigator.serviceWorker.controller) return;
  document.documentElement.dataset.update = "ready";
  showSiteNote(siteMessages().updateReady, {
    label: siteMessages().reload,
    act: () => {
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), {once: true});
      waiting.postMessage({type: "skip-waiting"});
    }
  });
}

function watchUpdates(registration: ServiceWorkerRegistration): void {
  offerUpdate(registration);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") offerUpdate(registration);
    });
  });
}

/** A service worker that has not taken over this long after registering is taken as refused (some browsers' privacy modes, and test harnesses, never let it start). */
const REGISTER_PATIENCE_MS = 10_000;

/** Registers the service worker at `workerUrl` and follows it; never throws. */
export async function startOffline(workerUrl: URL): Promise<void> {
  const root = document.documentElement;
  if (!("serviceWorker" in navigator)) {
    setIsolation(window.crossOriginIsolated ? "isolated" : "unsupported");
    root.dataset.offline = "unavailable";
    return;
  }
  if (checkIsolation()) return;
  listen();
  let registration: ServiceWorkerRegistration | undefined;
  const patience = setTimeout(() => {
    if (root.dataset.isolation === "pending") setIsolation("blocked");
  }, REGISTER_PATIENCE_MS);
  try {
    registration = await navigator.serviceWorker.register(workerUrl, {scope: new URL("./", workerUrl).href});
  } catch {
    registration = undefined;
  }
  if (!registration) {
    // refused (a privacy mode, a policy; some harnesses answer with nothing at all)
    clearTimeout(patience);
    if (!window.crossOriginIsolated) setIsolation(inFrame() ? "frame" : "blocked");
    root.dataset.offline = "unavailable";
    return;
  }
  if (navigator.serviceWorker.controller) {
    askToPrecache();
  } else {
    navigator.serviceWorker.addEventListener(
      "controllerchange",
      () => {
        clearTimeout(patience);
        if (!checkIsolation()) askToPrecache();
      },
      {once: true}
    );
  }
  watchUpdates(registration);
}
