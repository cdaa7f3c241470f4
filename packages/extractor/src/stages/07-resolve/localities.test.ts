import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../pipeline.js';
import { localityOf } from './localities.js';

describe('07-resolve/localities', () => {
  it('reads the district or commune at the end of a body, by its committee or its unit word', () => {
    expect(localityOf('Huyện ủy Mường Nhé')).toEqual({ name: 'huyện Mường Nhé', kind: 'huyện', level: 'district' });
    expect(localityOf('Thị ủy Bỉm Sơn')).toEqual({ name: 'thị xã Bỉm Sơn', kind: 'thị xã', level: 'district' });
    expect(localityOf('Ủy ban nhân dân xã Tả Van')).toEqual({ name: 'xã Tả Van', kind: 'xã', level: 'commune' });
    expect(localityOf('Quận ủy quận 3')).toEqual({ name: 'quận 3', kind: 'quận', level: 'district' });
    expect(localityOf('Ban Chấp hành Đảng bộ thị trấn Sìn Hồ')?.name).toBe('thị trấn Sìn Hồ');
  });

  it('gives none when the body names no unit', () => {
    expect(localityOf('Ủy ban nhân dân huyện')).toBeNull();
    expect(localityOf('Hội đồng nhân dân huyện Khóa XX')).toBeNull();
    expect(localityOf('Tỉnh ủy Lai Châu')).toBeNull();
  });

  it('makes a district a place inside the province the article is about, with the offices located in it', () => {
    const text = 'Ngày 4/6, Huyện ủy Mường Nhé tổ chức hội nghị.\n\nĐồng chí Lò Văn Mạnh, Bí thư Huyện ủy Mường Nhé, tỉnh Điện Biên, phát biểu; ông Giàng A Tủa, Chủ tịch UBND huyện Mường Nhé, báo cáo.';
    const { nodes, edges } = extractArticle({ file: 'mn.txt', origin: 'mn.txt', text, given: { published: '2024-06-04' } });
    const locality = nodes.find((n) => n.label === 'Locality');
    expect(locality).toMatchObject({ id: 'locality:điện-biên:huyện-mường-nhé', props: { name: 'huyện Mường Nhé', level: 'district', province: 'Điện Biên' } });
    const into = (to: string) => edges.filter((e) => e.type === 'LOCATED_IN' && e.to === to).map((e) => e.from).sort();
    expect(into(locality!.id)).toEqual(expect.arrayContaining(['position:bí-thư-huyện-ủy-mường-nhé', 'position:chủ-tịch-ủy-ban-nhân-dân-huyện-mường-nhé']));
    expect(into('province:điện-biên')).toContain(locality!.id);
  });

  it('takes no person for a unit when a title runs into a name, and no cooperative for a commune', () => {
    const text = 'Sáng 5/6, UBND huyện tổ chức hội nghị.\n\nÔng Hà Văn Lực, Chủ tịch UBND huyện Nguyễn Thị Lan cùng dự; ông Trần Văn Khải, Chủ tịch Liên minh Hợp tác xã Việt Nam, phát biểu.';
    const { nodes } = extractArticle({ file: 'x.txt', origin: 'x.txt', text, given: { published: '2024-06-05' } });
    expect(nodes.filter((n) => n.label === 'Locality').map((n) => n.props.name)).toEqual([]);
  });
});
