/**
 * Very common Indonesian words: if a source contains one, it is Indonesian prose and a target
 * equal to it is untranslated. Only words that are not also English or names are listed.
 */
export const COMMON_INDONESIAN_WORDS: ReadonlySet<string> = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'dalam', 'ini', 'itu', 'akan', 'tidak', 'adalah',
  'kata', 'ujar', 'ujarnya', 'katanya', 'tambahnya', 'oleh', 'juga', 'telah', 'sudah', 'bahwa', 'para', 'atau',
  'karena', 'seperti', 'bisa', 'dapat', 'ada', 'saat', 'setelah', 'tersebut', 'sebagai', 'secara', 'serta', 'namun',
  'tetapi', 'jika', 'kami', 'kita', 'mereka', 'ia', 'dia', 'saya', 'belum', 'masih', 'lebih', 'sangat', 'hari',
  'tahun', 'bulan', 'pekan', 'orang', 'baru', 'lalu', 'sejak', 'hingga', 'sampai', 'antara', 'terhadap', 'tentang',
  'menurut', 'kepada', 'bagi', 'agar', 'supaya', 'hanya', 'harus', 'sedang', 'pernah', 'lagi', 'semua', 'banyak',
  'beberapa', 'setiap', 'tanpa', 'bersama', 'kembali', 'menjadi', 'membuat', 'mengatakan', 'memberikan', 'melakukan',
  'berjanji', 'bertemu', 'tiba', 'negara', 'pemerintah', 'rakyat', 'menteri', 'presiden', 'kerja', 'sama', 'baca',
  'berita', 'harga', 'naik', 'turun', 'jalan', 'kota', 'desa', 'warga', 'polisi', 'pihak', 'kantor', 'perang',
  'luar', 'negeri', 'kunjungan', 'kepala', 'daerah', 'wilayah', 'sekitar', 'sementara', 'yakni', 'yaitu', 'pun',
  'nya', 'kah', 'lah', 'dong', 'sih', 'tak', 'bukan', 'apa', 'siapa', 'mengapa', 'bagaimana', 'kapan', 'dimana',
  'perkuat', 'dukungan', 'kebijakan', 'kemitraan', 'hubungan', 'pertemuan', 'pemilu', 'keuangan', 'ekonomi',
]);

/** Lowercase words with these endings are Indonesian ("kemitraannya", "diplomatik" is not matched). */
export const INDONESIAN_SUFFIX = /^[a-z]{3,}nya$/u;
