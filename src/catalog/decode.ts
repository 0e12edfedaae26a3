/** Turns a catalog file's bytes into text: UTF-8 only, a BOM accepted, bad bytes located. */
import { CatalogError } from "../errors";
import { lineColumnAt } from "../text/position";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Line and column (1-based) of a byte offset, counting characters of the valid prefix. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  return lineColumnAt(prefix, prefix.length);
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

export function decodeCatalog(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CatalogError({ code: "utf16", message: "The file is UTF-16", hint: "save it as UTF-8, as i18next expects", file, line: 1, column: 1 });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    throw new CatalogError({ code: "invalid-utf8", message: `Invalid UTF-8 at byte ${offset}`, hint: "save the file as UTF-8", file, ...bytePosition(bytes, offset) });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
