/**
 * Sealing of gr.BrowserState values: AES-256-GCM with a key derived from the app's
 * `secret`, so another app on the same origin cannot read or forge them. Uses
 * @noble/ciphers (not WebCrypto, which plain-http pages outside localhost lack).
 */
import { gcm } from "@noble/ciphers/aes.js";
import { bytesToUtf8, randomBytes, utf8ToBytes } from "@noble/ciphers/utils.js";
import { sha256 } from "@noble/hashes/sha2.js";

const NONCE_BYTES = 12;

function keyOf(secret: string): Uint8Array {
  return sha256(utf8ToBytes(`podium-browser-state:${secret}`));
}

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** The value as JSON, encrypted and base64-encoded (nonce first). */
export function seal(value: unknown, secret: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = gcm(keyOf(secret), nonce).encrypt(utf8ToBytes(JSON.stringify(value ?? null)));
  const out = new Uint8Array(nonce.length + sealed.length);
  out.set(nonce);
  out.set(sealed, nonce.length);
  return toBase64(out);
}

/** The stored value, or `undefined` if it is missing, tampered with or sealed with another secret. */
export function unseal(stored: string | null, secret: string): unknown {
  if (!stored) return undefined;
  try {
    const bytes = fromBase64(stored);
    const opened = gcm(keyOf(secret), bytes.subarray(0, NONCE_BYTES)).decrypt(bytes.subarray(NONCE_BYTES));
    return JSON.parse(bytesToUtf8(opened));
  } catch {
    return undefined;
  }
}
