/**
 * Sigma's default node and edge programs, drawn without instancing: same shaders, same pixels.
 *
 * Sigma draws each node or edge as an instance of a few vertices. Chromium's software WebGL
 * (SwiftShader: --disable-gpu, or no usable GPU) pays ~16 µs per instance whatever its size: 10k nodes
 * cost ~280 ms a frame (picking pass and colour pass), 50k edges ~1.2 s. As plain triangles: ~80 ms
 * and ~0.7 s, the rest being pixels. The price is vertex memory: each item is copied 3 (node) or 6
 * (edge) times. Not measured on a GPU.
 */
import { EdgeProgram, EdgeRectangleProgram, NodeCircleProgram, NodeProgram, type InstancedProgramDefinition, type Program, type ProgramInfo } from 'sigma/rendering';
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
}
