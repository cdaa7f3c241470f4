import { describe, expect, it } from 'vitest';

import { bracketDepth, planRefusal, textRefusal, valueDepth, type PlanNode } from './read-only-cypher.js';

const op = (operatorType: string, children: PlanNode[] = [], details?: string): PlanNode => ({ operatorType, arguments: details ? { Details: details } : {}, children });

describe('planRefusal', () => {
  it('passes a plan whose every operator reads', () => {
    const plan = op('ProduceResults@neo4j', [op('Top@neo4j', [op('EagerAggregation@neo4j', [op('Expand(All)@neo4j', [op('NodeByLabelScan@neo4j')])])])]);
    expect(planRefusal(plan, 'neo4j')).toBeNull();
  });

  it.each([
    ['a write deep in the plan', op('ProduceResults@neo4j', [op('Apply@neo4j', [op('Argument@neo4j'), op('SetProperty@neo4j', [op('Argument@neo4j')])])]), /SetProperty/],
    ['LOAD CSV', op('ProduceResults@neo4j', [op('LoadCSV@neo4j')]), /LoadCSV/],
    ['a SHOW command', op('ProduceResults@neo4j', [op('ShowSettings@neo4j')]), /ShowSettings/],
    ['an operator nobody has looked at yet', op('ProduceResults@neo4j', [op('SomeNewOperator@neo4j')]), /SomeNewOperator/],
    ['a procedure off the list', op('ProduceResults@neo4j', [op('ProcedureCall@neo4j', [], 'dbms.listConfig() :: (name :: STRING)')]), /procedure dbms.listConfig is not allowed/],
    ['another database', op('ProduceResults@system', [op('AllNodesScan@system')]), /only database neo4j/],
  ])('refuses %s', (_name, plan, reason) => {
    expect(planRefusal(plan, 'neo4j')).toMatch(reason);
  });

  it('passes a listed procedure, whatever its case', () => {
    expect(planRefusal(op('ProduceResults@neo4j', [op('ProcedureCall@neo4j', [], 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')]), 'neo4j')).toBeNull();
    expect(planRefusal(op('ProcedureCall@neo4j', [], 'DB.LABELS() :: (label :: STRING)'), 'neo4j')).toBeNull();
  });
});

describe('text limits', () => {
  it('counts bracket nesting outside strings, quoted names and comments', () => {
    expect(bracketDepth('MATCH (n)-[r]->({a: [1]}) RETURN n')).toBe(3);
    expect(bracketDepth("RETURN '((((' AS `((`, \"[[[\" // ((((\n /* {{{{ */ AS x")).toBe(0);
    expect(bracketDepth("RETURN 'it\\'s (' + ((1)) AS x")).toBe(2);
  });

  it('measures parameter nesting without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(valueDepth(deep)).toBe(50_000);
    expect(valueDepth({ a: { b: [1, 2] }, c: 'x' })).toBe(3);
    expect(valueDepth('text')).toBe(0);
  });

  it('refuses only past the limits', () => {
    expect(textRefusal(`RETURN ${'('.repeat(100)}1${')'.repeat(100)}`, {})).toBeNull();
    expect(textRefusal(`RETURN ${'('.repeat(101)}1${')'.repeat(101)}`, {})).toMatch(/brackets/);
    expect(textRefusal('RETURN $x', { x: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] })).toMatch(/parameters/);
  });
});
