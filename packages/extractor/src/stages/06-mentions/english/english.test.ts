import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../../pipeline.js';
import { splitSentences } from '../../05-sentences/index.js';
import { findEnglishCongresses } from './congresses.js';
import { statedTenure } from './dates.js';
import { findEnglishDocuments } from './documents.js';
import { findEnglishMentions } from './index.js';
import { foldSameLength } from './lexicon.js';
import { englishOffice } from './office.js';
import { findEnglishPersons, findShortReferences } from './persons.js';
import { findEnglishProvinces } from './provinces.js';

describe('foldSameLength: the text in plain letters, unit for unit', () => {
  it('drops marks, writes đ as d, straightens apostrophes and keeps the length', () => {
    const text = 'Ông Đỗ Văn Chiến’s visit to Hà Nội – “Đắk Lắk” 😀 ok';
    const folded = foldSameLength(text);
    expect(folded).toBe('Ong Do Van Chien\'s visit to Ha Noi – “Dak Lak” 😀 ok');
    expect(folded).toHaveLength(text.length);
    // Decomposed input is composed first.
    expect(foldSameLength('Nghệ An'.normalize('NFD'))).toBe('Nghe An');
  });
});

describe('englishOffice: an English office phrase as the Vietnamese title', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['Secretary of the Lang Son Provincial Party Committee', null, 'Bí thư Tỉnh ủy Lạng Sơn'],
    ['Lang Son Provincial Party Secretary', null, 'Bí thư Tỉnh ủy Lạng Sơn'],
    ["Can Tho City's Party Secretary", null, 'Bí thư Thành ủy Cần Thơ'],
    ['Politburo member', null, 'Ủy viên Bộ Chính trị'],
    ['alternate member of the Party Central Committee', null, 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng'],
    ['Secretary of the Party Central Committee', null, 'Bí thư Trung ương Đảng'],
    ['Permanent Member of the Secretariat', null, 'Thường trực Ban Bí thư'],
    ["Deputy Head of the Party Central Committee's Commission for Mass Mobilisation", null, 'Phó Trưởng Ban Dân vận Trung ương'],
    ['Chairman of the Central Inspection Commission', null, 'Chủ nhiệm Ủy ban Kiểm tra Trung ương'],
    ['Minister of Finance', null, 'Bộ trưởng Bộ Tài chính'],
    ['Deputy Minister of Public Security', null, 'Thứ trưởng Bộ Công an'],
    ["Chairwoman of the Kon Tum Provincial People's Council", null, 'Chủ tịch Hội đồng nhân dân tỉnh Kon Tum'],
    ["Vice Chairman of the Provincial People's Committee", 'Nghệ An', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An'],
    ['former Director of the Department of Home Affairs', 'Nghệ An', 'nguyên Giám đốc Sở Nội vụ tỉnh Nghệ An'],
    ['Head of the Propaganda and Education Commission of the Provincial Party Committee', 'Hà Tĩnh', 'Trưởng Ban Tuyên giáo Tỉnh ủy Hà Tĩnh'],
    ['member of the Standing Board of the Provincial Party Committee', 'Hà Tĩnh', 'Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    ['member of the Provincial Party Committee', 'Hà Tĩnh', 'Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh'],
    ["Secretary of the Government's Party Committee", null, 'Bí thư Đảng ủy Chính phủ'],
    ['State President', null, 'Chủ tịch nước'],
    ['former Prime Minister', null, 'nguyên Thủ tướng Chính phủ'],
    // No office: a body alone, a role alone, a provincial office in an article without a province.
    ['the Politburo', null, null],
    ['chairman', null, null],
    ['Secretary of the Provincial Party Committee', null, null],
  ];
  it.each(cases)('%s (province %s) → %s', (phrase, province, title) => {
    expect(englishOffice(phrase, { province })).toBe(title);
  });

  it('reads a body alone as membership after "join"', () => {
    expect(englishOffice('the Secretariat', { province: null, membership: true })).toBe('Bí thư Trung ương Đảng');
    expect(englishOffice('the provincial Standing Board', { province: 'Gia Lai', membership: true })).toBe('Ủy viên Ban Thường vụ Tỉnh ủy Gia Lai');
  });
});

describe('English persons', () => {
  it('finds names with and without diacritics, after a place, and not places or the city', () => {
    const text = 'In Lao Cai, Mr. Giang Seo Phu met Trần Thị Hoa and Nguyen Van Nam in Ho Chi Minh City. Long An officials and Y Bih Nie joined.';
    const names = findEnglishPersons(text).map((p) => p.surface);
    expect(names).toEqual(['Giang Seo Phu', 'Trần Thị Hoa', 'Nguyen Van Nam']);
    expect(findEnglishPersons('Comrade Y Bih Nie spoke.').map((p) => p.surface)).toEqual(['Y Bih Nie']);
  });

  it('resolves a given name to the one full name ending with it', () => {
    const text = 'Nguyen Van Nam and Le Thi Hoa arrived. Nam said the plan was ready.';
    const persons = findEnglishPersons(text);
    expect(findShortReferences(text, persons).map((r) => [r.surface, r.name])).toEqual([['Nam', 'Nguyen Van Nam']]);
  });
});

describe('English provinces, congresses, documents, dates', () => {
  it('finds provinces in English forms', () => {
    expect(findEnglishProvinces('Leaders of Hanoi, HCM City, Thua Thien-Hue and Đắk Lắk met.').map((p) => p.name)).toEqual(['Hà Nội', 'Hồ Chí Minh', 'Thừa Thiên Huế', 'Đắk Lắk']);
  });

  it('reads national and provincial congresses with their ordinals', () => {
    const text = 'Delegates to the 13th National Party Congress met. In Kon Tum, the 16th Provincial Party Congress for the 2020-2025 term opened.';
    const found = findEnglishCongresses(text, splitSentences(text), findEnglishProvinces(text));
    expect(found.map((c) => [c.level, c.ordinal, c.unitText, c.term])).toEqual([
      ['national', 13, null, null],
      ['local', 16, 'tỉnh Kon Tum', '2020-2025'],
    ]);
  });

  it('reads a numbered document with its type, date and issuer', () => {
    const [document] = findEnglishDocuments('They studied Conclusion No. 21-KL/TW dated October 25, 2021 of the Party Central Committee on Party building.', 2022);
    expect(document).toMatchObject({ type: 'Kết luận', number: '21-KL/TW', date: '2021-10-25', issuer: 'Ban Chấp hành Trung ương Đảng', scopeHint: 'central' });
  });

  it('reads the range a sentence gives a holding', () => {
    expect(statedTenure('From May 2015 to June 2020, she was Deputy Director.')).toEqual({ since: '2015-05', until: '2020-06' });
    expect(statedTenure('He worked there until March 2019.')).toEqual({ until: '2019-03' });
  });
});

describe('English titles', () => {
  const titlesOf = (text: string, province: string | null = null, eventDate = '2021-03-03') => {
    const mentions = findEnglishMentions(text, splitSentences(text), eventDate);
    return mentions.titles(province).map((t) => [t.person.name ?? t.person.surface, t.items, t.tenure ?? null]);
  };

  it('gives titles before a name, in apposition and after a verb', () => {
    expect(titlesOf('Lai Chau Provincial Party Secretary Giang Pa Mua chaired the meeting.')).toEqual([['Giang Pa Mua', ['Bí thư Tỉnh ủy Lai Châu'], null]]);
    expect(titlesOf('Nguyen Van Hai, Minister of Finance, spoke.')).toEqual([['Nguyen Van Hai', ['Bộ trưởng Bộ Tài chính'], null]]);
    expect(titlesOf("Politburo member Le Van Binh and Deputy Prime Minister Tran Thi Lan attended.")).toEqual([
      ['Le Van Binh', ['Ủy viên Bộ Chính trị'], null],
      ['Tran Thi Lan', ['Phó Thủ tướng Chính phủ'], null],
    ]);
  });

  it('dates a start by the sentence, and ends the predecessor', () => {
    const found = titlesOf("Nguyen Van Hai was elected Chairman of the Kon Tum Provincial People's Committee on March 5, replacing Mr. Le Van Tam.");
    expect(found).toEqual([
      ['Nguyen Van Hai', ['Chủ tịch Ủy ban nhân dân tỉnh Kon Tum'], { since: '2021-03-05' }],
      ['Le Van Tam', ['nguyên Chủ tịch Ủy ban nhân dân tỉnh Kon Tum'], { until: '2021-03-05' }],
    ]);
  });

  it('reads a past holding of a pronoun as former, with its stated range', () => {
    const found = titlesOf('Tran Thi Lan was born in 1970. From May 2015 to June 2020, she was Deputy Director of the Ninh Binh Department of Finance.');
    expect(found).toEqual([['Tran Thi Lan', ['nguyên Phó Giám đốc Sở Tài chính tỉnh Ninh Bình'], { since: '2015-05', until: '2020-06' }]]);
  });

  it('ends an office the person leaves', () => {
    const found = titlesOf('Under the decision, Mr. Pham Van Son will leave his position as Secretary of the Hai Duong Provincial Party Committee.');
    expect(found).toEqual([['Pham Van Son', ['nguyên Bí thư Tỉnh ủy Hải Dương'], { until: '2021-03-03' }]]);
  });
});

describe('English article through the pipeline', () => {
  it('lands on the Vietnamese Position node, with the English sentence as evidence, and attendance at the lead event', () => {
    const text = [
      'Ben Tre holds conference on Party building',
      '',
      'The Ben Tre Provincial Party Committee held a conference on Monday to review Party building work in 2023.',
      'Participants included Ho Thi Hoang Yen, Member of the Party Central Committee and Secretary of the Provincial Party Committee, and Tran Ngoc Tam, Chairman of the Provincial People\'s Committee.',
    ].join('\n');
    const { article, nodes, edges } = extractArticle({ file: 'bt.txt', origin: 'bt.txt', text, given: { published: '2024-01-08' } });
    expect(article.language).toBe('en');
    expect(article.province).toBe('Bến Tre');
    const titles = nodes.filter((n) => n.label === 'Position').map((n) => n.props.title);
    expect(titles).toEqual(expect.arrayContaining(['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Bến Tre', 'Chủ tịch Ủy ban nhân dân tỉnh Bến Tre']));
    const held = edges.filter((e) => e.type === 'HELD_POSITION' && e.from === 'person:tran-ngoc-tam');
    expect(held[0]!.evidence[0]!.quote).toContain('Tran Ngoc Tam, Chairman');
    const attended = edges.filter((e) => e.type === 'ATTENDED').map((e) => e.from).sort();
    expect(attended).toEqual(['person:ho-thi-hoang-yen', 'person:tran-ngoc-tam']);
  });
});
