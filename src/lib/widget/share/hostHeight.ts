/**
 * The host's side of the height messages (../embed.ts): what the "Embed or share" builder's preview
 * reads from the embed it shows, as public/embed-host.js does on a course page.
 */

/** Heights outside this range are not applied by the host script. */
export const HEIGHT_RANGE_PX = { min: 50, max: 50_000 } as const;

/** Reads a height from any of the three dialects (object or JSON string); null for anything else. */
export function readHeight(data: unknown): number | null {
  let d = data;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch {
      return null;
    }
  }
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return null;
  const o = d as Record<string, unknown>;
  let h: unknown = null;
  const dw = o['datawrapper-height'];
  if (dw && typeof dw === 'object' && !Array.isArray(dw)) h = Object.values(dw)[0];
  else if (o.context === 'iframe.resize' || o.subject === 'lti.frameResize') h = o.height;
  return typeof h === 'number' && h >= HEIGHT_RANGE_PX.min && h <= HEIGHT_RANGE_PX.max ? Math.ceil(h) : null;
}
