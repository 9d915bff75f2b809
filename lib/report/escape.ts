/**
 * Escaping for every output format. Template-derived strings (logical ids, construct paths,
 * descriptions, tag values echoed in messages) are attacker-controlled as far as a report is
 * concerned: a pull request can put anything into them, and the report is opened by reviewers.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values in HTML (attributes are always double-quoted by the renderers). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// XML 1.0 cannot represent most C0 controls even as character references, so they are dropped
// rather than producing a file CI systems refuse to parse. Lone surrogates are dropped for the same reason.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text and attribute values in XML; newlines and tabs in attributes are kept as character references. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : HTML_ESCAPES[c]))
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** XML element content: newlines stay real newlines so failure bodies stay readable. */
export function escapeXmlText(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` (so `</script>` and `<!--`
 * cannot end or change the element), `>` and `&`, and the line separators JavaScript parsers
 * once rejected, are written as \u escapes, which JSON.parse reads back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * One Markdown table cell of untrusted text. HTML is escaped (GitHub renders inline HTML), pipes
 * would end the cell, newlines the row; `@` gets a zero-width joiner so a value like `@org/team`
 * in a template cannot mention people from a pull-request comment.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c])
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/@/g, '@\u200d')
    .replace(/\r?\n|\r/g, ' ');
}

/** Untrusted text as a Markdown code span; backticks inside are replaced so the span cannot end early. */
export function markdownCode(text: string): string {
  const clean = text.replace(/`/g, "'").replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  return `\`${clean}\``;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. A cell a spreadsheet would read as a formula (starting with = + - @ tab or
 * carriage return) is prefixed with a single quote, the OWASP recommendation against CSV
 * injection; a field with a comma, quote or line break is quoted with doubled quotes.
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
