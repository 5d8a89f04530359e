// Escaping for the XML files Linkage writes (GraphML), in the browser and in Node alike. Hand-written
// because no declared dependency escapes XML (the `entities` package in node_modules is only
// markdown-it's) and none drops the characters XML 1.0 cannot hold, which escaping cannot save.

/**
 * Characters XML 1.0 forbids even as references: C0 controls other than tab, LF and CR, U+FFFE and
 * U+FFFF, and lone UTF-16 surrogates (a surrogate pair, such as an emoji, is kept).
 */
// eslint-disable-next-line no-control-regex -- matching those control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  // A parser turns a raw CR (or CRLF) into LF; a reference keeps it.
  '\r': '&#13;',
};

/** Text content: markup characters as entities, so it is safe in element content and in quoted attributes alike. */
export function escapeXml(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/[&<>"'\r]/g, (ch) => TEXT_REFERENCES[ch] ?? ch);
}

/**
 * An attribute value: as escapeXml, and tab and LF as references too, because a parser normalises
 * raw whitespace in attribute values to spaces (XML 1.0 §3.3.3), which would change an id.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXml(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
