/**
 * Word lists that rules look at beside the break (sources: README.md). Written for Jembatan
 * from Indonesian news usage and the misses on the gold data in shared/segmentation-dev.
 */

/**
 * Nouns counted with a Roman numeral ("kuartal I", "semester II", "Perang Dunia I"): after
 * them "I." "V." "X." is a number that can end the sentence, not a name initial.
 */
export const ROMAN_NUMERAL_COUNTERS: readonly string[] = [
  'kuartal', 'triwulan', 'caturwulan', 'semester', 'tahap', 'fase', 'gelombang', 'periode',
  'jilid', 'bab', 'abad', 'kelas', 'golongan', 'angkatan', 'seri', 'tingkat', 'babak',
  'Dunia', 'Pelita', 'Repelita', 'Kabinet',
];

/**
 * Top-level domains and file extensions that follow a dot in spaced-out addresses and file
 * names ("Wikipedia. org", "Goal. com", "foto. jpg"): never the start of a sentence.
 */
export const DOMAIN_AND_FILE_SUFFIXES: readonly string[] = [
  'com', 'org', 'net', 'id', 'co', 'go', 'ac', 'or', 'sch', 'web', 'my', 'gov', 'edu', 'info',
  'biz', 'html', 'htm', 'php', 'asp', 'aspx', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'pdf', 'doc',
  'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'mp3', 'mp4', 'zip',
];
