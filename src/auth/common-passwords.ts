/**
 * Passwords refused outright because they head every leaked-password list, or
 * are their Indonesian counterparts. Entries under 8 characters (`rahasia`)
 * already fail the length rule; they stay for the list's sake. Lower case;
 * compared case-insensitively.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  // Digits and keyboard walks
  '12345678', '123456789', '1234567890', '0123456789', '87654321', '987654321', '11111111', '00000000',
  '88888888', '12341234', '11223344', '12121212', '123123123', '123456123', '147258369', '123qwe123',
  'qwertyuiop', 'qwerty123', 'qwerty12', 'qwertyui', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4', '1qaz2wsx',
  'zaq12wsx', 'asdfghjkl', 'asdf1234', 'zxcvbnm1', 'qazwsxedc', '!qaz2wsx', 'aaaaaaaa', 'abcd1234',
  'abc12345', 'abcdefgh', 'a1b2c3d4', '1a2b3c4d',
  // English words
  'password', 'password1', 'password12', 'password123', 'password!', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football', 'baseball', 'superman', 'whatever',
  'trustno1', 'starwars', 'welcome1', 'welcome123', 'letmein1', 'letmein123', 'computer', 'michelle',
  'jennifer', 'charlie1', 'master123', 'dragon123', 'monkey123', 'shadow123', 'admin123', 'admin1234',
  'administrator', 'changeme', 'changeme123', 'default1', 'qwerty1234', 'football1', 'basketball',
  'liverpool', 'chelsea1', 'arsenal1', 'manchester', 'mustang1', 'freedom1', 'secret123', 'loveyou1',
  'test1234', 'testing123', 'user1234', 'guest123', 'login123', 'hello123', 'helloworld',
  // Indonesian
  'indonesia', 'indonesia1', 'indonesia123', 'indonesia45', 'merdeka45', 'merdeka17', 'bismillah',
  'bismillah1', 'bismillah123', 'alhamdulillah', 'assalamualaikum', 'sayang123', 'sayangku', 'sayangkamu',
  'cintaku123', 'cinta123', 'akusayangkamu', 'rahasia', 'rahasia123', 'rahasiaku', 'katasandi',
  'katasandi123', 'garuda123', 'jakarta123', 'bandung123', 'surabaya', 'persija1', 'persib1933',
  'bintang123', 'pancasila', 'sembarang', 'ganteng123', 'cantik123', 'jembatan', 'jembatan123',
]);
