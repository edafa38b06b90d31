/** Escapes a text value (RFC 2426 §4): backslash, newline, comma and semicolon. */
export const escapeValue = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/[,;]/g, '\\$&');

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 2425 §5.8.1): CRLF and a space before each
 * continuation. Breaks fall between code points, never inside a character's bytes.
 */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}

/** A vCard property: a name with its parameters, and one text value or structured components. */
export type VCardProperty = [nameAndParameters: string, value: string | (string | undefined)[] | undefined];

/** vCard 3.0, the version Outlook, iOS and Android all import: CRLF lines, folded, UTF-8. */
export function formatVCard(properties: readonly VCardProperty[]): string {
  const lines = properties
    // vCard 3.0 requires N even when empty, as for an organisation.
    .filter(([name, value]) => (Array.isArray(value) ? name === 'N' || value.some(Boolean) : value))
    .map(([name, value]) =>
      foldLine(
        `${name}:${
          Array.isArray(value)
            ? value.map((part) => escapeValue(part ?? '')).join(';')
            : // A URL is a URI value, not text: a backslash before its commas would become part of the address.
              name.startsWith('URL')
              ? value
              : escapeValue(value!)
        }`,
      ),
    );
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');
}

/** A file name from the contact's name, without the characters file systems refuse. */
export const vCardFileName = (name: string): string =>
  // eslint-disable-next-line no-control-regex
  `${name.replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, ' ').trim() || 'contact'}.vcf`;
