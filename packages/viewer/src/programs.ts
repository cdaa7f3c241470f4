/**
 * Sigma's default node and edge programs, drawn without instancing: same shaders, same pixels.
 *
 * Sigma draws each node or edge as an instance of a few vertices. Chromium's software WebGL
 * (SwiftShader: --disable-gpu, or no usable GPU) pays ~16 µs per instance whatever its size: 10k nodes
 * cost ~280 ms a frame (picking pass and colour pass), 50k edges ~1.2 s. As plain triangles: ~80 ms
 * and ~0.7 s, the rest being pixels. The price is vertex memory: each item is copied 3 (node) or 6
 * (edge) times. Not measured on a GPU.
 */
import type Sigma from 'sigma';
import { EdgeLineProgram, EdgeProgram, EdgeRectangleProgram, NodeCircleProgram, NodeProgram, type InstancedProgramDefinition, type Program, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';

/** The per-vertex constants become ordinary attributes, after the item's own. */
function withoutInstancing<U extends string>({ CONSTANT_ATTRIBUTES, ...definition }: InstancedProgramDefinition<U>) {
  return { ...definition, ATTRIBUTES: [...definition.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

/** The instanced program wrote the item once at `start`: repeat it for each vertex, followed by that vertex's constants. */
function repeatPerVertex(program: Program, start: number): void {
  const { array, CONSTANT_DATA, ATTRIBUTES_ITEMS_COUNT: perVertex } = program;
  const own = perVertex - CONSTANT_DATA[0]!.length;
  CONSTANT_DATA.forEach((constants, vertex) => {
    const at = start + vertex * perVertex;
    if (vertex > 0) array.copyWithin(at, start, start + own);
    array.set(constants, at + own);
  });
}

// Subclasses of NodeProgram/EdgeProgram borrowing the originals' methods: a subclass of the originals
// could not drop CONSTANT_ATTRIBUTES, which is how Sigma tells an instanced program.
const circle = NodeCircleProgram.prototype;
const rectangle = EdgeRectangleProgram.prototype;

export class FlatNodeCircleProgram extends NodeProgram {
  getDefinition() {
    return withoutInstancing(circle.getDefinition());
  }
  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    circle.processVisibleItem.call(this, nodeIndex, startIndex, data);
    repeatPerVertex(this, startIndex);
  }
  setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
    circle.setUniforms.call(this, params, programInfo);
  }
  render(params: RenderParams): void {
    // The picking pass (node ids, read under the mouse) serves hovering and clicking; Sigma ignores
    // clicks during a drag (draggedEventsTolerance), so mid-drag the pass only costs time.
    const captor = this.renderer.getMouseCaptor();
    if (captor.draggedEvents < this.renderer.getSetting('draggedEventsTolerance')) return super.render(params);
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }
}

export class FlatEdgeRectangleProgram extends EdgeProgram {
  getDefinition() {
    return withoutInstancing(rectangle.getDefinition());
  }
  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
    rectangle.processVisibleItem.call(this, edgeIndex, startIndex, source, target, data);
    repeatPerVertex(this, startIndex);
  }
  setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
    rectangle.setUniforms.call(this, params, programInfo);
  }
  render(params: RenderParams): void {
    renderEdges(this, params, (at) => super.render(at));
  }
}

/**
 * Edges at a lower resolution. Above ten thousand edges, filling them is most of a frame in software
 * WebGL; drawn into an edge layer of half the screen's resolution (the browser scales it up) they cost
 * about half, and a hairball of that size reads the same. Nodes and labels keep full resolution.
 * Per renderer: @sigma/export-image draws with these programs on renderers of its own, at full size.
 */
const edgeResolution = new WeakMap<object, number>();

export function setEdgeResolution(renderer: Sigma, fraction: number): void {
  if ((edgeResolution.get(renderer) ?? 1) === fraction) return;
  edgeResolution.set(renderer, fraction);
  sizeEdgeLayer(renderer);
}

/** The edge canvas's backing store at the renderer's edge resolution (Sigma sizes it to the screen's). */
function sizeEdgeLayer(renderer: Sigma): void {
  const canvas = renderer.getCanvases().edges!;
  const { width, height } = renderer.getDimensions();
  const ratio = (window.devicePixelRatio || 1) * (edgeResolution.get(renderer) ?? 1);
  const [w, h] = [String(Math.round(width * ratio)), String(Math.round(height * ratio))];
  if (canvas.getAttribute('width') !== w || canvas.getAttribute('height') !== h) {
    canvas.setAttribute('width', w);
    canvas.setAttribute('height', h);
  }
}

/** From now on Sigma's resizing of its canvases keeps the edge layer at its resolution. */
export function keepEdgeResolution(renderer: Sigma): void {
  const resize = renderer.resize.bind(renderer);
  renderer.resize = (force?: boolean) => {
    resize(force);
    sizeEdgeLayer(renderer);
    return renderer;
  };
}

const atEdgeResolution = (program: { renderer: Sigma }, params: RenderParams): RenderParams => {
  const fraction = edgeResolution.get(program.renderer) ?? 1;
  return fraction === 1 ? params : { ...params, pixelRatio: params.pixelRatio * fraction };
};

/**
 * Whether edges are drawn for picking (hover and click). Sigma makes the edges' picking layer only
 * when a renderer starts with edge events on, and then draws every edge twice a frame: the viewer
 * starts with them on and turns the pass off where there are too many edges to point at one.
 */
const edgePicking = new WeakMap<object, boolean>();
export const setEdgePicking = (renderer: Sigma, on: boolean): void => void edgePicking.set(renderer, on);

/** An edge program's frame: the picking pass only when edges are picked, at the edge resolution. */
function renderEdges(program: EdgeProgram, params: RenderParams, render: (params: RenderParams) => void): void {
  const at = atEdgeResolution(program, params);
  if (edgePicking.get(program.renderer) ?? true) return render(at);
  if (program.hasNothingToRender()) return;
  // What Program.render does for its normal pass (those methods are protected in Sigma's types).
  const own = program as unknown as { bindProgram(p: ProgramInfo): void; unbindProgram(p: ProgramInfo): void; renderProgram(r: RenderParams, p: ProgramInfo): void };
  program.normalProgram.gl.viewport(0, 0, at.width * at.pixelRatio, at.height * at.pixelRatio);
  own.bindProgram(program.normalProgram);
  own.renderProgram(at, program.normalProgram);
  own.unbindProgram(program.normalProgram);
}

/** One-pixel lines, for graphs with many edges. */
export class ThinEdgeLineProgram extends EdgeLineProgram {
  render(params: RenderParams): void {
    renderEdges(this, params, (at) => super.render(at));
  }
}
