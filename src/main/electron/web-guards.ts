/**
 * Electron's security checklist for every page we create: no navigation away from the app, no
 * new windows, no webviews, no permissions but writing the clipboard from our own page, and links
 * opened in the system browser only for web and mail addresses.
 */
import { app, type Session, shell, type WebContents } from "electron";

/** Schemes a writer's click may open outside the app: encrypted web pages and mail only. */
const EXTERNAL_SCHEMES = new Set(["https:", "mailto:"]);

/** Opens `url` in the system's browser or mail client when its scheme is a web or mail one. */
function openExternally(url: string): void {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return;
  }
  if (EXTERNAL_SCHEMES.has(scheme)) void shell.openExternal(url);
}

/** Locks down one web contents: refuse navigation and window.open, route links outside. */
function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on("will-navigate", (event, url) => {
    if (isAppUrl(url)) return; // reloads of our own page
    event.preventDefault();
  });
  contents.on("will-redirect", (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: "deny" };
  });
}

/**
 * Denies every permission (camera, notifications, geolocation …) except "Copy as HTML"'s
 * clipboard write (Chromium sanitizes what is written) from our own page; embedded video players get none.
 */
function guardPermissions(session: Session, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === "clipboard-sanitized-write" && isAppUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === "clipboard-sanitized-write" && isAppUrl(requestingOrigin));
}

/** Installs the guards for every web contents the app will ever create. */
export function installWebGuards(session: Session, isAppUrl: (url: string) => boolean): void {
  guardPermissions(session, isAppUrl);
  app.on("web-contents-created", (_event, contents) => guardWebContents(contents, isAppUrl));
}
