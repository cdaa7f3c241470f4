/**
 * Panning a picture
 * =================
 * Without a usable GPU, WebGL runs in software (SwiftShader, llvmpipe) and Sigma needs ~70 ms to
 * redraw 10k nodes: a drag would move at about 12 frames a second. There, while the mouse drags the
 * stage (and during the glide after it), the frame Sigma last drew, edges and labels included, moves
 * as a picture, a CSS translation of its canvases; Sigma draws for real once the camera stops. The
 * price: what lay outside the view when the drag began appears then. Cytoscape.js makes the same
 * trade (textureOnViewport). Zooming and other camera animations are drawn by Sigma as usual.
 */
import type Sigma from 'sigma';

// SwiftShader (Chromium), llvmpipe/softpipe (Mesa), WARP (Windows' Basic Render Driver).
const SOFTWARE_RENDERERS = /SwiftShader|llvmpipe|softpipe|Basic Render Driver|Software/i;

/**
 * The name of the WebGL renderer behind a canvas Sigma draws on, when the browser tells. Asking the
 * canvas for the kind of context it already has returns that context: no new one is made.
 */
export function webglRendererName(canvas: HTMLCanvasElement): string | null {
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
}

export const isSoftwareRenderer = (name: string | null): boolean => name !== null && SOFTWARE_RENDERERS.test(name);

/**
 * From now on, drags of `renderer`'s stage move a picture; `onFrame` is called once per animation
 * frame in which the picture moved (Sigma's own frames are its afterRender events).
 */
export function panAsPicture(renderer: Sigma, onFrame: () => void): void {
  const captor = renderer.getMouseCaptor();
  const camera = renderer.getCamera();
  // Not the mouse layer: it is transparent, and Sigma reads pointer positions relative to it.
  const layers = Object.entries(renderer.getCanvases()).filter(([name]) => name !== 'mouse').map(([, canvas]) => canvas);
  // Sigma draws each scheduled frame through render() (private in its types), and marks a scheduled
  // frame in renderFrame, cleared when it draws.
  const internals = renderer as unknown as { render: () => Sigma; renderFrame: number | null };
  const draw = internals.render.bind(renderer);
  // The camera of the frame on screen, and the graph point at its top-left corner once a drag
  // begins: where that point is under the moving camera is the picture's shift.
  let drawnCamera = camera.getState();
  renderer.on('afterRender', () => (drawnCamera = camera.getState()));
  let anchor: { x: number; y: number } | null = null;
  let shift = '';
  let frameRequested = false;

  // Stands in for render() while a drag lasts.
  internals.render = () => {
    const dragging = captor.isMouseDown && captor.draggedEvents > 0;
    // The glide Sigma adds after a drag (inertia) only translates too; anything that zooms is drawn.
    const state = camera.getState();
    const gliding = anchor !== null && camera.isAnimated() && state.ratio === drawnCamera.ratio && state.angle === drawnCamera.angle;
    if (!dragging && !gliding) {
      if (anchor) {
        anchor = null;
        shift = '';
        for (const canvas of layers) canvas.style.transform = '';
      }
      return draw();
    }
    // Clear the mark as Sigma would, or no frame is scheduled again.
    if (internals.renderFrame) cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;

    anchor ??= renderer.viewportToGraph({ x: 0, y: 0 }, { cameraState: drawnCamera });
    const { x, y } = renderer.graphToViewport(anchor, { cameraState: state });
    const next = `translate(${x}px, ${y}px)`;
    if (next !== shift) {
      shift = next;
      for (const canvas of layers) canvas.style.transform = next;
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(() => {
          frameRequested = false;
          onFrame();
        });
      }
    }
    return renderer;
  };
}
