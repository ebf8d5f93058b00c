/** Post -> standalone HTML page or body fragment: string building only, no DOM, no files. */
export { EXPORT_GENERATOR, buildExportDocument, type ExportDocumentParts } from "./export-document";
export { buildExportIndex, type ExportIndexEntry, type ExportIndexParts } from "./export-index";
export { type ExportMetadata, readExportMetadata } from "./export-metadata";
export { type ExportPostOptions, exportPostFragment, exportPostHtml, renderExportBody } from "./export-post";
export { escapeHtml, jsonForScriptElement } from "./html-text";
export { buildPageShell, exportContentSecurityPolicy, type PageShellParts } from "./page-shell";
export { relativeHref } from "./relative-href";
export { formatExportDate, renderPostHeaderHtml } from "./post-header-html";
export { sha256, styleHashSource, toBase64, utf8Bytes } from "./sha256";
