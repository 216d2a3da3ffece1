// Feishu's named colours (card markdown <font color>, table option tags, header templates) as the client paints them.
const PALETTE = {
  default: { fg: '#1f2329', bg: '#eff0f1' },
  grey: { fg: '#8f959e', bg: '#eff0f1' },
  gray: { fg: '#8f959e', bg: '#eff0f1' },
  red: { fg: '#f54a45', bg: '#fde2e2' },
  orange: { fg: '#de7802', bg: '#feead2' },
  yellow: { fg: '#dc9b04', bg: '#faf1d1' },
  green: { fg: '#2ea121', bg: '#d9f5d6' },
  turquoise: { fg: '#078372', bg: '#d5f6f2' },
  wathet: { fg: '#0e86c1', bg: '#d9f3fd' },
  blue: { fg: '#3370ff', bg: '#e1eaff' },
  indigo: { fg: '#4954e6', bg: '#e0e9ff' },
  purple: { fg: '#7f3bf5', bg: '#ece2fe' },
  violet: { fg: '#d136d1', bg: '#f8def8' },
  carmine: { fg: '#f01d94', bg: '#fdddef' },
};

/** `{fg, bg}` for a Feishu colour name or a #hex; unknown names fall back to the default text colour. */
export function colorOf(name) {
  const key = String(name || 'default').toLowerCase();
  if (PALETTE[key]) return PALETTE[key];
  if (/^#[0-9a-f]{3,8}$/i.test(key)) return { fg: key, bg: '#eff0f1' };
  // Feishu also accepts suffixed shades such as red-500: use the base colour.
  const base = key.replace(/-\d+$/, '');
  return PALETTE[base] || PALETTE.default;
}
