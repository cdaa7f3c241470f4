/**
 * Labels that stay readable. Sigma picks the labels to draw on a grid of cells, without knowing how
 * wide a label is; Vietnamese office titles run to 60 characters and more, so picked labels overlap.
 * Here a label is drawn only where no label drawn before it in the same frame lies (Sigma offers the
 * labels of its grid first, biggest nodes first), except a forced one (a selection's neighbourhood,
 * whose other labels the viewer blanks), which Sigma offers last and which always shows. A label is
 * cut to a readable length (the full text shows on hover and in the panel), and it sits on a light
 * box so that it reads over nodes and edges.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

export const LABEL_CHARACTERS = 32;

export const shortLabel = (label: string): string => (label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : label);

type Box = [left: number, top: number, right: number, bottom: number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function labelPlacer(): { drawLabel: NodeLabelDrawingFunction; newFrame: () => void } {
  let drawn: Box[] = [];
  const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const text = shortLabel(data.label);
    const width = context.measureText(text).width;
    // Right of the node, or left of it where the right would run off the stage.
    const right = data.x + data.size + 3;
    const x = right + width + 2 > context.canvas.clientWidth ? data.x - data.size - 3 - width : right;
    const box: Box = [x - 2, data.y - size / 2 - 2, x + width + 2, data.y + size / 2 + 2];
    if (!data.forceLabel && drawn.some((other) => overlaps(box, other))) return;
    drawn.push(box);
    context.fillStyle = 'rgba(255, 255, 255, 0.8)';
    context.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
    context.fillStyle = '#1d2433';
    context.fillText(text, x, data.y + size / 3);
  };
  return { drawLabel, newFrame: () => (drawn = []) };
}
