import { describe, expect, it } from 'vitest';

import { allProvinces, currentProvinceOf, findProvinceMentions, provinceByName, provinceFromUrl } from './provinces.js';

describe('lexicon/provinces', () => {
  it('has the 63 provinces before the 2025 merger and the 34 after', () => {
    const provinces = allProvinces();
    expect(provinces.filter((p) => p.era !== 'post-2025')).toHaveLength(63);
    expect(provinces.filter((p) => p.era !== 'pre-2025')).toHaveLength(34);
  });

  it.each([
    ['tỉnh Hoà Bình', 'Hòa Bình'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['KonTum', 'Kon Tum'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
  ])('looks up %s', (text, name) => expect(provinceByName(text)?.name).toBe(name));

  it.each([
    ['Kon Tum', 'Quảng Ngãi'],
    ['Yên Bái', 'Lào Cai'],
    ['Lai Châu', 'Lai Châu'],
    ['Thái Bình', 'Hưng Yên'],
  ])('maps %s to its post-2025 unit %s', (name, current) => expect(currentProvinceOf(name)).toBe(current));

  it.each([
    ['Đoàn công tác tỉnh Hoà Bình làm việc tại TP. Hồ Chí Minh.', ['Hòa Bình', 'Hồ Chí Minh']],
    ['Tỉnh Bà Rịa - Vũng Tàu và Thừa Thiên Huế.', ['Bà Rịa - Vũng Tàu', 'Thừa Thiên Huế']],
    ['Học tập tư tưởng Hồ Chí Minh vì hòa bình.', []],
    ['Đảng bộ tỉnh Bắc Giang.', ['Bắc Giang']],
  ])('finds provinces in %s', (text, names) => expect(findProvinceMentions(text).map((m) => m.name)).toEqual(names));

  it.each([
    ['http://laichau.dcs.vn/index.php/tin.html', 'Lai Châu'],
    ['https://baokontum.com.vn/xay-dung-dang/a.html', 'Kon Tum'],
    ['https://baodongkhoi.vn/a.html', 'Bến Tre'],
    ['https://nhandan.vn/a.html', null],
  ])('province of %s', (url, name) => expect(provinceFromUrl(url)).toBe(name));
});
