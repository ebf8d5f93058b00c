/**
 * The short list of video players a post may embed with `<iframe>`: YouTube (its privacy-enhanced
 * `youtube-nocookie.com` host and the usual one) and Vimeo, by their embed URLs only. Matched as
 * text, not parsed, so that `https://www.youtube.com@evil.example/embed/…` and friends never pass.
 */

const EMBED_URLS: readonly RegExp[] = [
  /^https:\/\/(?:www\.)?youtube-nocookie\.com\/embed\/[\w-]+(?:[?#][^\s"'<>\\]*)?$/,
  /^https:\/\/(?:www\.)?youtube\.com\/embed\/[\w-]+(?:[?#][^\s"'<>\\]*)?$/,
  /^https:\/\/player\.vimeo\.com\/video\/\d+(?:[?#][^\s"'<>\\]*)?$/,
];

/** The origins those players load from, for Content-Security-Policy `frame-src`. */
export const VIDEO_EMBED_ORIGINS: readonly string[] = [
  "https://www.youtube-nocookie.com",
  "https://youtube-nocookie.com",
  "https://www.youtube.com",
  "https://youtube.com",
  "https://player.vimeo.com",
];

/** True when `src` is the embed address of a video on one of the allowed players. */
export function isVideoEmbedUrl(src: string): boolean {
  const url = src.trim();
  return EMBED_URLS.some((pattern) => pattern.test(url));
}

/**
 * What an allowed player may do inside its frame: run its own script (it is another origin, so it
 * cannot reach the post or the app), go full screen and open the video on its site.
 */
export const VIDEO_EMBED_SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";
