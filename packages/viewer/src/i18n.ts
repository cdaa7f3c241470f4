/** UI strings in Vietnamese and English; the data itself stays Vietnamese. */
export type Lang = 'vi' | 'en';

const STRINGS = {
  title: { vi: 'Đồ thị tri thức: công tác tổ chức, xây dựng Đảng', en: 'Knowledge graph: Party and state organisation' },
  searchPlaceholder: { vi: 'Tìm người, chức vụ, văn bản… (có thể gõ không dấu)', en: 'Find a person, office, document… (diacritics optional)' },
  nodeTypes: { vi: 'Loại nút', en: 'Node types' },
  relationshipTypes: { vi: 'Loại quan hệ', en: 'Relationship types' },
  asOf: { vi: 'Đồ thị tính đến ngày', en: 'Graph as of' },
  allDates: { vi: 'mọi thời điểm', en: 'all dates' },
  reset: { vi: 'Đặt lại', en: 'Reset' },
  exportPng: { vi: 'Ảnh PNG', en: 'PNG image' },
  exportGexf: { vi: 'GEXF', en: 'GEXF' },
  exportJson: { vi: 'JSON', en: 'JSON' },
  layoutStart: { vi: 'Chạy bố cục', en: 'Run layout' },
  layoutStop: { vi: 'Dừng bố cục', en: 'Stop layout' },
  whoHeld: { vi: 'Ai giữ chức vụ này?', en: 'Who held this office?' },
  officeTitle: { vi: 'Chức vụ, vd. Bí thư Tỉnh ủy Lai Châu', en: 'Office, e.g. Bí thư Tỉnh ủy Lai Châu' },
  find: { vi: 'Tìm', en: 'Find' },
  legend: { vi: 'Chú giải', en: 'Legend' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  apiDown: { vi: 'Không kết nối được máy chủ API. Thử lại sau.', en: 'The API cannot be reached. Try again shortly.' },
  retry: { vi: 'Thử lại', en: 'Retry' },
  counts: { vi: '{nodes} nút · {edges} quan hệ đang hiển thị', en: '{nodes} nodes · {edges} relationships shown' },
  expand: { vi: 'Mở rộng', en: 'Expand' },
  hide: { vi: 'Ẩn', en: 'Hide' },
  career: { vi: 'Quá trình công tác', en: 'Career' },
  holders: { vi: 'Người giữ chức vụ', en: 'Holders' },
  implementedBy: { vi: 'Được thực hiện bởi', en: 'Implemented by' },
  implements: { vi: 'Thực hiện', en: 'Implements' },
  attendees: { vi: 'Người tham dự', en: 'Attendees' },
  atDate: { vi: 'tại ngày đã chọn', en: 'at the date asked' },
  nearest_before: { vi: 'người giữ gần nhất trước ngày đã chọn', en: 'nearest holder before the date asked' },
  nearest_after: { vi: 'người giữ gần nhất sau ngày đã chọn', en: 'nearest holder after the date asked' },
  nothing: { vi: 'Không có dữ liệu.', en: 'Nothing recorded.' },
  notFound: { vi: 'Không tìm thấy chức vụ này.', en: 'No such office found.' },
  source: { vi: 'nguồn', en: 'source' },
  status_current: { vi: 'đương nhiệm', en: 'current' },
  status_former: { vi: 'nguyên', en: 'former' },
  status_alternate: { vi: 'dự khuyết', en: 'alternate' },
  role_attended: { vi: 'dự', en: 'attended' },
  role_chaired: { vi: 'chủ trì', en: 'chaired' },
  role_directed: { vi: 'chỉ đạo', en: 'directed' },
  role_spoke: { vi: 'phát biểu', en: 'spoke' },
  label_Person: { vi: 'Người', en: 'Person' },
  label_Position: { vi: 'Chức vụ', en: 'Office' },
  label_Organization: { vi: 'Tổ chức', en: 'Organisation' },
  label_Province: { vi: 'Tỉnh, thành', en: 'Province' },
  label_Congress: { vi: 'Đại hội', en: 'Congress' },
  label_Resolution: { vi: 'Văn bản', en: 'Document' },
  label_Event: { vi: 'Sự kiện', en: 'Event' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey | string, values: Record<string, string | number> = {}): string {
  const entry = STRINGS[key as StringKey];
  const text: string = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}
