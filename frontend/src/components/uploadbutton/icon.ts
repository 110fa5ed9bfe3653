/** The `icon` prop (a URL string or FileData) as an image source, or null. */
export function iconSrc(icon: unknown): string | null {
  if (typeof icon === "string" && /^(https?:|data:|\/)/i.test(icon)) return icon;
  if (icon && typeof icon === "object") {
    const url = (icon as { url?: unknown }).url;
    if (typeof url === "string" && url) return url;
  }
  return null;
}
