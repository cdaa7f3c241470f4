/** Text and addresses made safe for the HTML the panels are built of. */

/** Text as HTML: every character that could open markup or close an attribute escaped. */
export const escape = (text: unknown): string => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A web address for a link, or null: only http(s), never javascript: or data:. */
export const safeUrl = (url: unknown): string | null => (typeof url === 'string' && /^https?:\/\//iu.test(url.trim()) ? url.trim() : null);
