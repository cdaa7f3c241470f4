/**
 * Plan operators that only read
 * =============================
 * The operators of Neo4j 5 query plans (the Cypher manual's operator reference) that read the graph,
 * compute values or shape rows: scans and seeks, expands and path finding, filters, projections,
 * joins, sorting, aggregation and subquery plumbing. What is not here is refused: everything that
 * writes (Create, Merge, Delete, Set…, Remove…, Foreach), LoadCSV, transactions in batches
 * (TransactionApply/TransactionForeach), administration and SHOW/TERMINATE commands, and operators a
 * later Neo4j adds until someone looks at them. ProcedureCall is checked on its own (read-only-cypher.ts).
 */
const LEAVES = [
  'AllNodesScan', 'PartitionedAllNodesScan', 'Argument', 'ArgumentTracker', 'EmptyRow',
  'NodeByLabelScan', 'PartitionedNodeByLabelScan', 'IntersectionNodeByLabelsScan', 'PartitionedIntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan', 'PartitionedUnionNodeByLabelsScan', 'SubtractionNodeByLabelsScan', 'PartitionedSubtractionNodeByLabelsScan',
  'NodeByIdSeek', 'NodeByElementIdSeek',
  'NodeIndexSeek', 'PartitionedNodeIndexSeek', 'NodeUniqueIndexSeek', 'MultiNodeIndexSeek', 'AssertingMultiNodeIndexSeek',
  'NodeIndexSeekByRange', 'PartitionedNodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange',
  'NodeIndexScan', 'PartitionedNodeIndexScan', 'NodeIndexContainsScan', 'NodeIndexEndsWithScan',
  'DirectedRelationshipByIdSeek', 'UndirectedRelationshipByIdSeek', 'DirectedRelationshipByElementIdSeek', 'UndirectedRelationshipByElementIdSeek',
  'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan', 'PartitionedDirectedAllRelationshipsScan', 'PartitionedUndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan', 'PartitionedDirectedRelationshipTypeScan', 'PartitionedUndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan', 'UndirectedUnionRelationshipTypesScan', 'PartitionedDirectedUnionRelationshipTypesScan', 'PartitionedUndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexSeek', 'UndirectedRelationshipIndexSeek', 'PartitionedDirectedRelationshipIndexSeek', 'PartitionedUndirectedRelationshipIndexSeek',
  'DirectedRelationshipUniqueIndexSeek', 'UndirectedRelationshipUniqueIndexSeek', 'AssertingMultiRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange', 'UndirectedRelationshipIndexSeekByRange', 'PartitionedDirectedRelationshipIndexSeekByRange', 'PartitionedUndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeekByRange', 'UndirectedRelationshipUniqueIndexSeekByRange',
  'DirectedRelationshipIndexScan', 'UndirectedRelationshipIndexScan', 'PartitionedDirectedRelationshipIndexScan', 'PartitionedUndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan', 'UndirectedRelationshipIndexContainsScan', 'DirectedRelationshipIndexEndsWithScan', 'UndirectedRelationshipIndexEndsWithScan',
  'NodeCountFromCountStore', 'RelationshipCountFromCountStore',
];

const EXPANDS = [
  'Expand(All)', 'Expand(Into)', 'OptionalExpand(All)', 'OptionalExpand(Into)',
  'VarLengthExpand(All)', 'VarLengthExpand(Into)', 'VarLengthExpand(Pruning)', 'VarLengthExpand(Pruning,BFS,All)', 'VarLengthExpand(Pruning,BFS,Into)',
  'BFSPruningVarLengthExpand(All)', 'BFSPruningVarLengthExpand(Into)',
  'ShortestPath', 'StatefulShortestPath(All)', 'StatefulShortestPath(Into)', 'Trail', 'Repeat(Trail)', 'Repeat(Walk)', 'NullifyMetadata',
  'ProjectEndpoints', 'TriadicSelection', 'TriadicBuild', 'TriadicFilter', 'AssertSameNode', 'AssertSameRelationship',
];

const ROWS = [
  'ProduceResults', 'EmptyResult', 'Filter', 'Projection', 'CacheProperties', 'Eager',
  'Limit', 'ExhaustiveLimit', 'Skip', 'Sort', 'PartialSort', 'Top', 'PartialTop', 'Top1WithTies',
  'Distinct', 'OrderedDistinct', 'EagerAggregation', 'Aggregation', 'OrderedAggregation', 'Unwind', 'PartitionedUnwind',
  'Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply', 'LetAntiSemiApply', 'SelectOrSemiApply', 'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply', 'ConditionalApply', 'AntiConditionalApply', 'RollUpApply', 'SubqueryForeach',
  'Optional', 'Anti', 'CartesianProduct', 'NodeHashJoin', 'NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin', 'ValueHashJoin',
  'Union', 'OrderedUnion',
];

export const READ_PLAN_OPERATORS: ReadonlySet<string> = new Set([...LEAVES, ...EXPANDS, ...ROWS]);
