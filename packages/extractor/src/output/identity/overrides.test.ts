import { describe, expect, it } from 'vitest';

import { IdentityFileError, parseIdentityDecisions } from './overrides.js';

describe('output/identity overrides', () => {
  it('reads merge and split decisions, names in NFC, notes kept', () => {
    const text = JSON.stringify({
      _comment: 'checked against the provincial yearbook',
      same: [{ name: 'Lò Văn Pọm', articles: ['a:1', ' a:2 '], note: 'one official' }],
      distinct: [{ name: 'Nguyen Van Tam', articles: ['a:3'], from: ['a:1'] }],
    });
    expect(parseIdentityDecisions(text, 'ids.json')).toEqual({
      same: [{ name: 'Lò Văn Pọm', articles: ['a:1', 'a:2'], note: 'one official' }],
      distinct: [{ name: 'Nguyen Van Tam', articles: ['a:3'], from: ['a:1'] }],
    });
    expect(parseIdentityDecisions('{}', 'ids.json')).toEqual({ same: [], distinct: [] });
  });

  it.each([
    ['{"same": [{"name": "A B", "articles": ["a:1"]}]}', /ids\.json: same\[0\]\.articles must list at least 2 article ids/],
    ['{"distinct": [{"name": "A B", "articles": ["a:1"]}]}', /ids\.json: distinct\[0\]\.from must list at least 1 article id/],
    ['{"merge": []}', /ids\.json: "merge" is not a known key/],
    ['[]', /ids\.json: the file must hold an object/],
    ['{"same": [{"articles": ["a:1", "a:2"]}]}', /same\[0\]\.name must be/],
    ['{\n  "same": [\n    {"name": "A B",}\n  ]\n}', /ids\.json: line 3: not valid JSON/],
  ])('refuses %s, saying where', (text, message) => {
    expect(() => parseIdentityDecisions(text, 'ids.json')).toThrow(IdentityFileError);
    expect(() => parseIdentityDecisions(text, 'ids.json')).toThrow(message);
  });
});
