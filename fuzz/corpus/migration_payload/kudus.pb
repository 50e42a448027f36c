
M
12345678901234567890LPSE Kabupaten Kudus:ppk1LPSE Kabupaten Kudus (0(Ò…ØÌ