<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>sandi::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="21"/>
        <source>About Sandi</source>
        <translation>Tentang Sandi</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="31"/>
        <source>Sandi %1</source>
        <translation>Sandi %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="39"/>
        <source>One-time login codes (TOTP) for SPSE, Indonesia&apos;s e-procurement system, and for any other service that uses them.</source>
        <translation>Kode login sekali pakai (TOTP) untuk SPSE, sistem pengadaan elektronik Indonesia, dan untuk layanan lain yang memakainya.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Sandi is free software: you may share and change it under the GNU General Public License, version 3 or (at your choice) any later version. It comes with no warranty.</source>
        <translation>Sandi adalah perangkat lunak bebas: Anda boleh membagikan dan mengubahnya menurut GNU General Public License, versi 3 atau (sesuai pilihan Anda) versi yang lebih baru. Sandi diberikan tanpa jaminan apa pun.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="54"/>
        <source>Sandi runs with these libraries:</source>
        <translation>Sandi berjalan dengan pustaka berikut:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="66"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>sandi::AccountDelegate</name>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="225"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="227"/>
        <source>Secret key missing</source>
        <translation>Kunci rahasia tidak ada</translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="229"/>
        <source>Cannot read the keychain</source>
        <translation>Tidak dapat membaca penyimpanan rahasia sistem</translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="233"/>
        <source>Click or press Enter for a code</source>
        <translation>Klik atau tekan Enter untuk mendapatkan kode</translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="263"/>
        <source>Next: %1</source>
        <translation>Berikutnya: %1</translation>
    </message>
</context>
<context>
    <name>sandi::AccountListModel</name>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="149"/>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: issuer (the LPSE&apos;s name), then the account (user ID)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="157"/>
        <source>%1: loading the secret key</source>
        <translation>%1: memuat kunci rahasia</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="159"/>
        <source>%1: the secret key is missing</source>
        <translation>%1: kunci rahasia tidak ada</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="161"/>
        <source>%1: the keychain is locked or unavailable</source>
        <translation>%1: penyimpanan rahasia sistem terkunci atau tidak tersedia</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="166"/>
        <source>%1: press Enter for a code</source>
        <translation>%1: tekan Enter untuk mendapatkan kode</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="169"/>
        <source>%1: code %2</source>
        <translation>%1: kode %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/accountlistmodel.cpp" line="171"/>
        <source>%1: code %2, %n second(s) left</source>
        <translation>
            <numerusform>%1: kode %2, %n detik tersisa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="56"/>
        <source>Activating login approval…</source>
        <translation>Mengaktifkan persetujuan login…</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="58"/>
        <source>Login approval active</source>
        <translation>Persetujuan login aktif</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="60"/>
        <source>This device is no longer active for this account; activate again</source>
        <translation>Perangkat ini tidak lagi aktif untuk akun ini; lakukan aktivasi ulang</translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="64"/>
        <source>Login approval could not be activated.</source>
        <translation>Persetujuan login tidak dapat diaktifkan.</translation>
    </message>
</context>
<context>
    <name>sandi::AccountSnapshot</name>
    <message>
        <location filename="../app/store/accountsnapshot.cpp" line="87"/>
        <source>The secret key of “%1” is still being read from %2.</source>
        <translation>Kunci rahasia “%1” masih sedang dibaca dari %2.</translation>
    </message>
    <message>
        <location filename="../app/store/accountsnapshot.cpp" line="90"/>
        <source>“%1”: %2</source>
        <extracomment>%1 is the account (&quot;LPSE Kota Kudus: ppk1&quot;), %2 why its secret key cannot be read.</extracomment>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>sandi::AddDialog</name>
    <message>
        <location filename="../ui/adddialog.cpp" line="20"/>
        <location filename="../ui/adddialog.cpp" line="73"/>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="37"/>
        <source>Type the account&apos;s details and its secret key (the text shown next to the QR code).</source>
        <translation>Ketik data akun dan kunci rahasianya (teks yang ditampilkan di samping kode QR).</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="46"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="56"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Lanjutan</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="61"/>
        <source>Advanced settings</source>
        <translation>Pengaturan lanjutan</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="86"/>
        <source>e.g. LPSE Kabupaten Kudus</source>
        <translation>contoh: LPSE Kabupaten Kudus</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="87"/>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="88"/>
        <source>&amp;Issuer (LPSE name):</source>
        <translation>&amp;Penerbit (nama LPSE):</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="91"/>
        <source>e.g. ppk1</source>
        <translation>contoh: ppk1</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="92"/>
        <source>Account (user ID)</source>
        <translation>Akun (User ID)</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="93"/>
        <source>A&amp;ccount (user ID):</source>
        <translation>&amp;Akun (User ID):</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="98"/>
        <source>Secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="99"/>
        <source>Letters A–Z and digits 2–7</source>
        <translation>Huruf A–Z dan angka 2–7</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="102"/>
        <location filename="../ui/adddialog.cpp" line="107"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="104"/>
        <location filename="../ui/adddialog.cpp" line="108"/>
        <source>Show the secret key</source>
        <translation>Tampilkan kunci rahasia</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="107"/>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="108"/>
        <source>Hide the secret key</source>
        <translation>Sembunyikan kunci rahasia</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="113"/>
        <source>&amp;Secret key:</source>
        <translation>&amp;Kunci rahasia:</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="126"/>
        <source>TOTP (time-based, most services and SPSE)</source>
        <translation>TOTP (berbasis waktu, untuk SPSE dan sebagian besar layanan)</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="127"/>
        <source>HOTP (counter-based)</source>
        <translation>HOTP (berbasis penghitung)</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="128"/>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="129"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="130"/>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="136"/>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="137"/>
        <source>A&amp;lgorithm:</source>
        <translation>Al&amp;goritme:</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="142"/>
        <source>Digits</source>
        <translation>Jumlah digit</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="143"/>
        <source>&amp;Digits:</source>
        <translation>Jumlah &amp;digit:</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="148"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> detik</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="149"/>
        <source>Period in seconds</source>
        <translation>Periode dalam detik</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="150"/>
        <source>&amp;Period:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="154"/>
        <source>Counter</source>
        <translation>Penghitung</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="155"/>
        <source>C&amp;ounter:</source>
        <translation>Peng&amp;hitung:</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="183"/>
        <location filename="../ui/adddialog.cpp" line="188"/>
        <source>Add account?</source>
        <translation>Tambah akun?</translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="189"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>sandi::Approval</name>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="22"/>
        <source>The login approval server could not be reached. Check the network connection, then show a new activation code on the SPSE page and scan it again.</source>
        <translation>Server persetujuan login tidak dapat dihubungi. Periksa koneksi jaringan, lalu tampilkan kode aktivasi baru di halaman SPSE dan pindai lagi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="25"/>
        <source>The activation code has expired. Show a new activation code on the SPSE page and scan it again.</source>
        <translation>Kode aktivasi sudah kedaluwarsa. Tampilkan kode aktivasi baru di halaman SPSE dan pindai lagi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="28"/>
        <source>The activation code was already used. If it was not you, run Reset TOTP on the SPSE page, then activate again.</source>
        <translation>Kode aktivasi sudah pernah digunakan. Jika bukan Anda yang menggunakannya, lakukan Reset TOTP di halaman SPSE, lalu lakukan aktivasi ulang.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="31"/>
        <source>The server does not know this activation code. Show a new activation code on the SPSE page and scan it again.</source>
        <translation>Server tidak mengenal kode aktivasi ini. Tampilkan kode aktivasi baru di halaman SPSE dan pindai lagi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="34"/>
        <source>The server&apos;s certificate or key does not match the activation code, so Sandi did not trust it. Someone may be intercepting the connection.</source>
        <translation>Sertifikat atau kunci server tidak cocok dengan kode aktivasi, sehingga Sandi tidak memercayainya. Mungkin ada pihak yang menyadap koneksi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="37"/>
        <source>This computer&apos;s clock is too far off for the server. Correct the clock, then activate again.</source>
        <translation>Selisih jam komputer ini terlalu jauh bagi server. Perbaiki jam, lalu lakukan aktivasi ulang.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="40"/>
        <location filename="../app/approval/approvaltext.cpp" line="54"/>
        <source>The server refused the activation.</source>
        <translation>Server menolak aktivasi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="42"/>
        <source>The server&apos;s answer is not valid login approval data.</source>
        <translation>Jawaban server bukan data persetujuan login yang valid.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="44"/>
        <source>The login approval details in the activation code are incomplete or invalid.</source>
        <translation>Data persetujuan login dalam kode aktivasi tidak lengkap atau tidak valid.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="46"/>
        <source>The activation code names a server without a secure (https) connection.</source>
        <translation>Kode aktivasi menunjuk server tanpa koneksi aman (https).</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="48"/>
        <source>The device key could not be stored in the system keychain.</source>
        <translation>Kunci perangkat tidak dapat disimpan di penyimpanan rahasia sistem.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="50"/>
        <source>The activation could not be saved with the account.</source>
        <translation>Aktivasi tidak dapat disimpan bersama akun.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="52"/>
        <source>This device is no longer active for this account; activate again.</source>
        <translation>Perangkat ini tidak lagi aktif untuk akun ini; lakukan aktivasi ulang.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="59"/>
        <source>Login approval is active.</source>
        <translation>Persetujuan login aktif.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="64"/>
        <source>Activating login approval…</source>
        <translation>Mengaktifkan persetujuan login…</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="69"/>
        <source>Login approval is active for %1 at %2.</source>
        <translation>Persetujuan login aktif untuk %1 di %2.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="74"/>
        <source>Login approval was not activated; the account&apos;s codes work as before. %1</source>
        <translation>Persetujuan login tidak diaktifkan; kode akun ini tetap berfungsi seperti biasa. %1</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="80"/>
        <source>The device key for login approval is missing from the system keychain; activate again.</source>
        <translation>Kunci perangkat untuk persetujuan login tidak ada di penyimpanan rahasia sistem; lakukan aktivasi ulang.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="86"/>
        <source>The system keychain is not available, so login approval is paused.</source>
        <translation>Penyimpanan rahasia sistem tidak tersedia, sehingga persetujuan login dihentikan sementara.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="93"/>
        <source>Login approved.</source>
        <translation>Login diterima.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="95"/>
        <source>Login refused.</source>
        <translation>Login ditolak.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="97"/>
        <source>The number did not match the one in the browser, so the login was refused.</source>
        <translation>Angka tidak cocok dengan angka di peramban, sehingga login ditolak.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="99"/>
        <source>The login request has expired.</source>
        <translation>Permintaan login sudah kedaluwarsa.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="101"/>
        <source>This login request was already answered or closed.</source>
        <translation>Permintaan login ini sudah dijawab atau ditutup.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="107"/>
        <source>The answer could not be sent.</source>
        <translation>Jawaban tidak dapat dikirim.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="114"/>
        <source>The answer could not be sent: the server could not be reached.</source>
        <translation>Jawaban tidak dapat dikirim: server tidak dapat dihubungi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="116"/>
        <source>The answer was not sent: the server&apos;s certificate does not match the activation.</source>
        <translation>Jawaban tidak dikirim: sertifikat server tidak cocok dengan aktivasi.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="118"/>
        <source>The server refused the answer: too many attempts. Wait a few minutes.</source>
        <translation>Server menolak jawaban: terlalu banyak percobaan. Tunggu beberapa menit.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="120"/>
        <source>The server refused the answer: this computer&apos;s clock is too far off.</source>
        <translation>Server menolak jawaban: selisih jam komputer ini terlalu jauh.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="122"/>
        <source>The server no longer knows this login request.</source>
        <translation>Server tidak lagi mengenal permintaan login ini.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="124"/>
        <location filename="../app/approval/approvaltext.cpp" line="130"/>
        <source>The server refused the answer.</source>
        <translation>Server menolak jawaban.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="126"/>
        <source>The answer could not be signed with the device key.</source>
        <translation>Jawaban tidak dapat ditandatangani dengan kunci perangkat.</translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="128"/>
        <source>Login approval is not active for this account.</source>
        <translation>Persetujuan login tidak aktif untuk akun ini.</translation>
    </message>
</context>
<context>
    <name>sandi::ApprovalNote</name>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="21"/>
        <source>Login approved</source>
        <translation>Login diterima</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="22"/>
        <source>Your browser goes on by itself.</source>
        <translation>Peramban Anda akan melanjutkan dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="26"/>
        <source>Login refused</source>
        <translation>Login ditolak</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="27"/>
        <source>The browser was not let in.</source>
        <translation>Peramban tidak diizinkan masuk.</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="30"/>
        <source>Login refused: wrong number</source>
        <translation>Login ditolak: angka salah</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="31"/>
        <source>The number you picked is not the one your browser showed, so the login was refused. If it was you, log in again and pick the number your browser shows.</source>
        <translation>Angka yang Anda pilih bukan angka yang tampil di peramban, jadi login ditolak. Jika itu memang Anda, login lagi dan pilih angka yang tampil di peramban Anda.</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="36"/>
        <source>Time is up</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="37"/>
        <source>The login request expired without an answer. If it was you, log in again.</source>
        <translation>Permintaan login kedaluwarsa tanpa jawaban. Jika itu memang Anda, login lagi.</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="40"/>
        <source>Already answered</source>
        <translation>Sudah dijawab</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="41"/>
        <source>This login request was answered or ended elsewhere, for example by typing the code.</source>
        <translation>Permintaan login ini sudah dijawab atau diakhiri di tempat lain, misalnya dengan mengetik kode.</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="45"/>
        <source>This device is no longer active for this account</source>
        <translation>Perangkat ini tidak lagi aktif untuk akun ini</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="46"/>
        <source>Login approval was moved to another device or reset (Reset TOTP). To use it here, activate again: scan the new activation code (SPSE: Aktivasi TOTP).</source>
        <translation>Persetujuan login dipindahkan ke perangkat lain atau direset (Reset TOTP). Untuk memakainya di sini, lakukan aktivasi ulang: pindai kode aktivasi yang baru (SPSE: Aktivasi TOTP).</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="51"/>
        <source>The answer was not sent</source>
        <translation>Jawaban tidak terkirim</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="52"/>
        <source>Sandi could not reach the login site. Type the code in your browser instead.</source>
        <translation>Sandi tidak dapat menghubungi situs login. Ketik kode di peramban Anda sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>sandi::ApprovalPanel</name>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="125"/>
        <source>Approve this login?</source>
        <translation>Izinkan login?</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="138"/>
        <source>Number %1</source>
        <translation>Angka %1</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="159"/>
        <location filename="../ui/approval/approvalpanel.cpp" line="287"/>
        <source>Login request</source>
        <translation>Permintaan login</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="168"/>
        <source>&amp;Next request</source>
        <translation>Permintaan &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="168"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="230"/>
        <source>Pick the number that your browser shows:</source>
        <translation>Pilih angka yang tampil di peramban Anda:</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="231"/>
        <source>You picked %1. If your browser shows %1, press Yes.</source>
        <translation>Anda memilih %1. Jika peramban Anda menampilkan %1, tekan Ya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approval/approvalpanel.cpp" line="244"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n detik tersisa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="257"/>
        <source>Request %1 of %2</source>
        <translation>Permintaan %1 dari %2</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="286"/>
        <source>Sending your answer…</source>
        <translation>Mengirim jawaban Anda…</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="75"/>
        <source>Login approval request</source>
        <translation>Permintaan persetujuan login</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="116"/>
        <source>Site:</source>
        <translation>Situs:</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="117"/>
        <source>Account:</source>
        <translation>Akun:</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="118"/>
        <source>Browser:</source>
        <translation>Peramban:</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="119"/>
        <source>IP address:</source>
        <translation>Alamat IP:</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="127"/>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="190"/>
        <source>&amp;No</source>
        <extracomment>The answer that refuses a login (SPSE Authenticator: Tidak)</extracomment>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="192"/>
        <source>No, refuse this login</source>
        <translation>Tidak, tolak login ini</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="194"/>
        <source>&amp;Yes</source>
        <extracomment>The answer that allows a login (SPSE Authenticator: Ya)</extracomment>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="196"/>
        <source>Yes, allow this login with the number picked</source>
        <translation>Ya, izinkan login ini dengan angka yang dipilih</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="215"/>
        <source>Sandi is locked. Unlock it to answer this login request.</source>
        <translation>Sandi terkunci. Buka kunci untuk menjawab permintaan login ini.</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="217"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Buka kunci…</translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="226"/>
        <source>Not logging in right now? Press No: someone else may know your password.</source>
        <translation>Anda tidak sedang login? Tekan Tidak: mungkin orang lain mengetahui kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>sandi::Autostart</name>
    <message>
        <location filename="../app/autostart.cpp" line="214"/>
        <source>Could not set Sandi to start at login: cannot write %1 (%2).</source>
        <translation>Sandi tidak dapat diatur untuk berjalan saat login: %1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <location filename="../app/autostart.cpp" line="229"/>
        <source>Could not stop Sandi from starting at login: cannot delete %1 (%2).</source>
        <translation>Sandi tidak dapat dihentikan dari berjalan saat login: %1 tidak dapat dihapus (%2).</translation>
    </message>
    <message>
        <location filename="../app/autostart.cpp" line="246"/>
        <source>Could not change whether Sandi starts at login: the setting %1 cannot be written.</source>
        <translation>Pengaturan berjalan saat login tidak dapat diubah: setelan %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>sandi::BackupMessages</name>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="37"/>
        <source>The backup key is no longer in %1, so no backup can be written. Set the backup password again.</source>
        <translation>Kunci cadangan sudah tidak ada di %1, sehingga cadangan tidak dapat ditulis. Atur kata sandi cadangan lagi.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="41"/>
        <source>Automatic backups keep their key in %1, which is not available. %2</source>
        <translation>Cadangan otomatis menyimpan kuncinya di %1, yang saat ini tidak tersedia. %2</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="44"/>
        <source>Access to %1 was refused, so the backup key cannot be used. Allow Sandi to use it, then try again.</source>
        <translation>Akses ke %1 ditolak, sehingga kunci cadangan tidak dapat digunakan. Izinkan Sandi menggunakannya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="48"/>
        <source>An error came from %1 while using the backup key. Try again.</source>
        <translation>Terjadi galat pada %1 saat menggunakan kunci cadangan. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="50"/>
        <source>The backup folder %1 is not there (a removed drive, or a deleted folder). Connect the drive or choose another folder.</source>
        <translation>Folder cadangan %1 tidak ada (disk yang dilepas, atau folder yang dihapus). Sambungkan disk itu atau pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="54"/>
        <source>Sandi may not write in the backup folder %1. Choose another folder.</source>
        <translation>Sandi tidak diizinkan menulis di folder cadangan %1. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="56"/>
        <source>The disk of the backup folder is full, so no new backup was written; the earlier backups are untouched. Free some space, then choose “Back up now”.</source>
        <translation>Disk folder cadangan penuh, sehingga cadangan baru tidak ditulis; cadangan sebelumnya tetap utuh. Kosongkan sebagian ruang, lalu pilih “Cadangkan sekarang”.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="59"/>
        <source>The backup could not be written to %1; the earlier backups are untouched. Check the drive, then choose “Back up now”.</source>
        <translation>Cadangan tidak dapat ditulis ke %1; cadangan sebelumnya tetap utuh. Periksa disk, lalu pilih “Cadangkan sekarang”.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="63"/>
        <source>Not every secret key could be read, so no backup was written (it would miss accounts); the earlier backups are untouched.</source>
        <translation>Tidak semua kunci rahasia dapat dibaca, sehingga cadangan tidak ditulis (akan ada akun yang terlewat); cadangan sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="66"/>
        <source>The backup could not be encrypted: the cryptographic library failed.</source>
        <translation>Cadangan tidak dapat dienkripsi: pustaka kriptografi gagal.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="74"/>
        <source>Creating the backup key from the password; this takes a few seconds…</source>
        <translation>Membuat kunci cadangan dari kata sandi; ini memerlukan beberapa detik…</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="77"/>
        <source>Automatic backups are off.</source>
        <translation>Cadangan otomatis tidak aktif.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/backupmessages.cpp" line="81"/>
        <source>Last backup: %1 (%n kept in the folder).</source>
        <extracomment>%1 is a date and time; %n how many backup files are kept in the folder.</extracomment>
        <translation>
            <numerusform>Cadangan terakhir: %1 (%n tersimpan di folder).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="85"/>
        <source>Looking at the backup folder…</source>
        <translation>Memeriksa folder cadangan…</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="87"/>
        <source>No backup in this folder yet.</source>
        <translation>Belum ada cadangan di folder ini.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="117"/>
        <source>Your accounts have no automatic backup. If this computer&apos;s keychain is lost, every account needs a Reset TOTP.</source>
        <translation>Akun Anda belum memiliki cadangan otomatis. Bila penyimpanan rahasia komputer ini hilang, setiap akun harus melalui Reset TOTP.</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="124"/>
        <source>The last automatic backup failed. %1</source>
        <translation>Cadangan otomatis terakhir gagal. %1</translation>
    </message>
    <message>
        <location filename="../app/backup/backupmessages.cpp" line="130"/>
        <source>No backup has been written yet.</source>
        <translation>Belum ada cadangan yang ditulis.</translation>
    </message>
</context>
<context>
    <name>sandi::BackupPage</name>
    <message>
        <location filename="../ui/backuppage.cpp" line="39"/>
        <location filename="../ui/backuppage.cpp" line="195"/>
        <source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="40"/>
        <source>&amp;Back up my accounts automatically, encrypted, after every change</source>
        <translation>Cadangkan akun saya secara &amp;otomatis dan terenkripsi setiap ada perubahan</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="41"/>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="43"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="43"/>
        <source>Open &amp;folder</source>
        <translation>B&amp;uka folder</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="53"/>
        <location filename="../ui/backuppage.cpp" line="184"/>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="58"/>
        <source>Fol&amp;der:</source>
        <translation>Fol&amp;der:</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="64"/>
        <source>Number of backups to keep</source>
        <translation>Jumlah cadangan yang disimpan</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="65"/>
        <source>Older backups that Sandi wrote are deleted; other files in the folder never are.</source>
        <translation>Cadangan lama yang ditulis Sandi dihapus; berkas lain di folder itu tidak pernah dihapus.</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="69"/>
        <source>Backups to k&amp;eep:</source>
        <translation>Ju&amp;mlah cadangan disimpan:</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="77"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="89"/>
        <source>&amp;Restore from backup…</source>
        <translation>Pulih&amp;kan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="126"/>
        <source>Set the pass&amp;word again…</source>
        <translation>&amp;Atur kata sandi lagi…</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="126"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Ganti kata sandi…</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="133"/>
        <source>Writing a backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="195"/>
        <source>Turn off automatic backups?</source>
        <translation>Nonaktifkan cadangan otomatis?</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="197"/>
        <source>Sandi stops writing backups and removes the backup key from %1. The backups already in the folder stay there and still open with their password.</source>
        <translation>Sandi berhenti menulis cadangan dan menghapus kunci cadangan dari %1. Cadangan yang sudah ada di folder tetap di sana dan tetap dapat dibuka dengan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="201"/>
        <source>Turn off</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../ui/backuppage.cpp" line="202"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sandi::BackupPassword</name>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="66"/>
        <source>At least %1 characters with upper and lower case letters, digits and punctuation (as SPSE asks), or a phrase of %2 characters or more.</source>
        <translation>Minimal %1 karakter dengan huruf besar dan huruf kecil, angka, dan tanda baca (seperti aturan SPSE), atau sebuah frasa sepanjang %2 karakter atau lebih.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="78"/>
        <source>Enter a password.</source>
        <translation>Masukkan kata sandi.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="80"/>
        <source>The password is too short: at least %1 characters.</source>
        <translation>Kata sandi terlalu pendek: minimal %1 karakter.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="85"/>
        <source>an upper case letter</source>
        <translation>huruf besar</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="88"/>
        <source>a lower case letter</source>
        <translation>huruf kecil</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="91"/>
        <source>a digit</source>
        <translation>angka</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="94"/>
        <source>a punctuation mark</source>
        <translation>tanda baca</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="97"/>
        <source>Add %1, or make it a phrase of %2 characters or more.</source>
        <extracomment>%1 lists what is missing, e.g. &quot;a digit, a punctuation mark&quot;; %2 is 16.</extracomment>
        <translation>Tambahkan %1, atau jadikan frasa sepanjang %2 karakter atau lebih.</translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="98"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/backup/backuppassword.cpp" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>sandi::BackupPasswordDialog</name>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="20"/>
        <location filename="../ui/backuppassworddialog.cpp" line="39"/>
        <source>Backup password</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="20"/>
        <source>New backup password</source>
        <translation>Kata sandi cadangan baru</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="26"/>
        <source>Sandi encrypts every backup with this password. You need it to restore your accounts on another computer, and nobody, not Sandi either, can open a backup without it. Keep it somewhere safe, for example in a password manager.</source>
        <translation>Sandi mengenkripsi setiap cadangan dengan kata sandi ini. Anda memerlukannya untuk memulihkan akun di komputer lain, dan tidak seorang pun, termasuk Sandi, dapat membuka cadangan tanpanya. Simpan di tempat yang aman, misalnya di pengelola kata sandi.</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="29"/>
        <source>Backups written from now on open with this password. Backups written before keep their old password.</source>
        <translation>Cadangan yang ditulis mulai sekarang dibuka dengan kata sandi ini. Cadangan yang ditulis sebelumnya tetap memakai kata sandi lamanya.</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="42"/>
        <source>Backup password again</source>
        <translation>Ulangi kata sandi cadangan</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="44"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="54"/>
        <source>Turn on backups</source>
        <translation>Aktifkan cadangan</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="54"/>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/backuppassworddialog.cpp" line="86"/>
        <source>Type the password again below.</source>
        <translation>Ketik kata sandi sekali lagi di bawah.</translation>
    </message>
</context>
<context>
    <name>sandi::BackupService</name>
    <message>
        <location filename="../app/backup/backupservice.cpp" line="175"/>
        <source>The account list could not be read, so Sandi does not back it up; the earlier backups are kept.</source>
        <translation>Daftar akun tidak dapat dibaca, sehingga Sandi tidak mencadangkannya; cadangan sebelumnya tetap disimpan.</translation>
    </message>
</context>
<context>
    <name>sandi::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="45"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../ui/banner.cpp" line="80"/>
        <location filename="../ui/banner.cpp" line="81"/>
        <source>Dismiss this message</source>
        <translation>Tutup pesan ini</translation>
    </message>
</context>
<context>
    <name>sandi::CameraDialog</name>
    <message>
        <location filename="../ui/cameradialog.cpp" line="32"/>
        <source>Scan with camera</source>
        <translation>Pindai dengan kamera</translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="63"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="68"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="88"/>
        <source>Camera preview</source>
        <translation>Pratinjau kamera</translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="89"/>
        <source>What the camera sees. Hold the QR code in front of it.</source>
        <translation>Gambar dari kamera. Arahkan kode QR ke depan kamera.</translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="156"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="156"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sandi::CameraListModel</name>
    <message>
        <location filename="../app/scan/cameralistmodel.cpp" line="26"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../app/scan/cameralistmodel.cpp" line="28"/>
        <source>%1 (%2)</source>
        <comment>a camera&apos;s name and its number among cameras of that name</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sandi::CameraScan</name>
    <message>
        <location filename="../app/scan/camerascan.cpp" line="48"/>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
    <message>
        <location filename="../app/scan/camerascan.cpp" line="82"/>
        <source>Hold the QR code in front of the camera.</source>
        <translation>Arahkan kode QR ke depan kamera.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerascan.cpp" line="100"/>
        <source>QR code found.</source>
        <translation>Kode QR ditemukan.</translation>
    </message>
</context>
<context>
    <name>sandi::CameraSource</name>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="38"/>
        <source>Sandi is not allowed to use the camera. Open System Settings → Privacy &amp; Security → Camera (on macOS 12 and earlier: System Preferences → Security &amp; Privacy → Camera), turn on Sandi, then open this window again.</source>
        <translation>Sandi tidak diizinkan menggunakan kamera. Buka Pengaturan Sistem → Privasi &amp; Keamanan → Kamera (di macOS 12 dan sebelumnya: Preferensi Sistem → Keamanan &amp; Privasi → Kamera), aktifkan Sandi, lalu buka jendela ini lagi.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="42"/>
        <source>Windows does not let Sandi use the camera. Open Settings → Privacy &amp; security → Camera, turn on “Let desktop apps access your camera”, then try again.</source>
        <translation>Windows tidak mengizinkan Sandi menggunakan kamera. Buka Pengaturan → Privasi &amp; keamanan → Kamera, aktifkan “Izinkan aplikasi desktop mengakses kamera Anda”, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="47"/>
        <source>Sandi is not allowed to open the camera. Your user account may need to be in the “video” group: ask whoever looks after this computer, then try again.</source>
        <translation>Sandi tidak diizinkan membuka kamera. Akun pengguna komputer Anda mungkin perlu dimasukkan ke grup “video”: mintalah bantuan pengelola komputer ini, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="77"/>
        <source>No camera was found. Connect a webcam and try again, or scan the QR code from the screen or from an image file.</source>
        <translation>Kamera tidak ditemukan. Hubungkan webcam lalu coba lagi, atau pindai kode QR dari layar atau dari berkas gambar.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="80"/>
        <source>The camera is being used by another program, such as a video call. Close that program or choose another camera, then try again.</source>
        <translation>Kamera sedang digunakan oleh program lain, misalnya panggilan video. Tutup program tersebut atau pilih kamera lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="85"/>
        <source>The camera was disconnected. Connect it again, or choose another camera.</source>
        <translation>Kamera terputus. Hubungkan kembali, atau pilih kamera lain.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="89"/>
        <source>The camera sends no picture. If Sandi was refused access to the camera, open System Settings → Privacy &amp; Security → Camera, turn on Sandi, then open this window again.</source>
        <translation>Kamera tidak mengirimkan gambar. Jika Sandi ditolak mengakses kamera, buka Pengaturan Sistem → Privasi &amp; Keamanan → Kamera, aktifkan Sandi, lalu buka jendela ini lagi.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="93"/>
        <source>The camera sends no picture. Another program, such as a video call, may be using it, or Sandi may not be allowed to use it. Close other programs that use the camera or choose another camera, then try again.</source>
        <translation>Kamera tidak mengirimkan gambar. Mungkin kamera sedang digunakan program lain, misalnya panggilan video, atau Sandi tidak diizinkan menggunakannya. Tutup program lain yang menggunakan kamera atau pilih kamera lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="100"/>
        <source>The camera could not be started.</source>
        <translation>Kamera tidak dapat dinyalakan.</translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="102"/>
        <source>The camera could not be started (%1).</source>
        <translation>Kamera tidak dapat dinyalakan (%1).</translation>
    </message>
</context>
<context>
    <name>sandi::Clock</name>
    <message numerus="yes">
        <location filename="../app/clock/clocktext.cpp" line="33"/>
        <location filename="../app/clock/clocktext.cpp" line="35"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="34"/>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clock/clocktext.cpp" line="35"/>
        <location filename="../app/clock/clocktext.cpp" line="39"/>
        <location filename="../app/clock/clocktext.cpp" line="41"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="40"/>
        <source>%1 %2</source>
        <comment>minutes, then seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clock/clocktext.cpp" line="41"/>
        <location filename="../app/clock/clocktext.cpp" line="43"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="50"/>
        <source>Your computer&apos;s clock is %1 slow</source>
        <translation>Jam komputer Anda selisih %1 (terlambat)</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="51"/>
        <source>Your computer&apos;s clock is %1 fast</source>
        <translation>Jam komputer Anda selisih %1 (terlalu cepat)</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="52"/>
        <source>%1; the codes have been adjusted.</source>
        <translation>%1; kode sudah disesuaikan.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="53"/>
        <source>%1. Codes are not adjusted: clock correction is off in Settings.</source>
        <translation>%1. Kode tidak disesuaikan: koreksi jam dimatikan di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="59"/>
        <source>To fix the clock: Settings → Time &amp; language → Date &amp; time → turn on “Set time automatically”, then “Sync now”.</source>
        <translation>Untuk memperbaiki jam: Pengaturan → Waktu &amp; bahasa → Tanggal &amp; waktu → nyalakan “Atur waktu secara otomatis”, lalu “Sinkronkan sekarang”.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="62"/>
        <source>To fix the clock: System Settings → General → Date &amp; Time → turn on “Set time and date automatically”.</source>
        <translation>Untuk memperbaiki jam: Pengaturan Sistem → Umum → Tanggal &amp; Waktu → nyalakan “Atur waktu dan tanggal secara otomatis”.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="65"/>
        <source>To fix the clock: in your desktop&apos;s Date &amp; Time settings turn on automatic time, or run “timedatectl set-ntp true” in a terminal.</source>
        <translation>Untuk memperbaiki jam: di pengaturan Tanggal &amp; Waktu desktop Anda nyalakan waktu otomatis, atau jalankan “timedatectl set-ntp true” di terminal.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="73"/>
        <source>Checking the computer&apos;s clock…</source>
        <translation>Memeriksa jam komputer…</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="76"/>
        <source>The clock has not been checked yet.</source>
        <translation>Jam belum diperiksa.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="82"/>
        <source>The clock could not be checked (%1): %2 Codes use the computer&apos;s clock.</source>
        <translation>Jam tidak dapat diperiksa (%1): %2 Kode memakai jam komputer.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="88"/>
        <source>The computer&apos;s clock is right (checked at %1 with %2).</source>
        <translation>Jam komputer sudah tepat (diperiksa pukul %1 lewat %2).</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="90"/>
        <source>The computer&apos;s clock is %1 slow</source>
        <translation>Jam komputer selisih %1 (terlambat)</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="91"/>
        <source>The computer&apos;s clock is %1 fast</source>
        <translation>Jam komputer selisih %1 (terlalu cepat)</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="92"/>
        <source>%1 (checked at %2 with %3); codes are adjusted.</source>
        <translation>%1 (diperiksa pukul %2 lewat %3); kode sudah disesuaikan.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="93"/>
        <source>%1 (checked at %2 with %3); codes are not adjusted.</source>
        <translation>%1 (diperiksa pukul %2 lewat %3); kode tidak disesuaikan.</translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="97"/>
        <source>The latest check failed: %1</source>
        <translation>Pemeriksaan terakhir gagal: %1</translation>
    </message>
</context>
<context>
    <name>sandi::ClockCheck</name>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="227"/>
        <source>The time servers answered, but no answer could be used: %1</source>
        <translation>Server waktu menjawab, tetapi tidak ada jawaban yang dapat dipakai: %1</translation>
    </message>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="229"/>
        <source>No time server answered. Check the network connection; a firewall may block the time protocol (NTP, UDP port 123).</source>
        <translation>Tidak ada server waktu yang menjawab. Periksa koneksi jaringan; firewall mungkin memblokir protokol waktu (NTP, port UDP 123).</translation>
    </message>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="257"/>
        <source>No time server answered, and %1 could not be reached: %2</source>
        <translation>Tidak ada server waktu yang menjawab, dan %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="260"/>
        <source>No time server answered, and %1 sent no usable date: %2</source>
        <translation>Tidak ada server waktu yang menjawab, dan %1 tidak mengirim tanggal yang dapat dipakai: %2</translation>
    </message>
</context>
<context>
    <name>sandi::CodeCopier</name>
    <message>
        <location filename="../app/codecopier.cpp" line="25"/>
        <source>This account no longer exists.</source>
        <translation>Akun ini sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="54"/>
        <source>Sandi cannot save the counter right now, so it cannot give a new code.</source>
        <translation>Sandi tidak dapat menyimpan penghitung saat ini, sehingga tidak dapat memberikan kode baru.</translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="81"/>
        <source>The secret key of this account is missing from the keychain. Delete the account and add it again.</source>
        <translation>Kunci rahasia akun ini tidak ada di penyimpanan rahasia sistem. Hapus akun ini, lalu tambahkan kembali.</translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="84"/>
        <source>The keychain is locked or unavailable, so Sandi cannot read the secret key.</source>
        <translation>Penyimpanan rahasia sistem terkunci atau tidak tersedia, sehingga Sandi tidak dapat membaca kunci rahasia.</translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="89"/>
        <source>The secret key is still loading. Try again in a moment.</source>
        <translation>Kunci rahasia masih dimuat. Coba lagi sesaat lagi.</translation>
    </message>
</context>
<context>
    <name>sandi::EditDialog</name>
    <message>
        <location filename="../ui/editdialog.cpp" line="20"/>
        <source>Edit account</source>
        <translation>Ubah akun</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="24"/>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="25"/>
        <source>Account (user ID)</source>
        <translation>Akun (User ID)</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="26"/>
        <source>&amp;Issuer (LPSE name):</source>
        <translation>&amp;Penerbit (nama LPSE):</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="27"/>
        <source>A&amp;ccount (user ID):</source>
        <translation>&amp;Akun (User ID):</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="30"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="34"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sandi::Error</name>
    <message>
        <location filename="../app/errortext.cpp" line="21"/>
        <source>The secret key is empty.</source>
        <translation>Kunci rahasia kosong.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="23"/>
        <source>The secret key contains a character that is not allowed (only A–Z and 2–7).</source>
        <translation>Kunci rahasia memuat karakter yang tidak diperbolehkan (hanya A–Z dan 2–7).</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="25"/>
        <source>The secret key has the wrong length; a character may be missing.</source>
        <translation>Panjang kunci rahasia tidak sesuai; mungkin ada karakter yang terlewat.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="27"/>
        <source>The algorithm is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>Algoritme tidak didukung; gunakan SHA1, SHA256, atau SHA512.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="29"/>
        <source>The number of digits must be between 6 and 10.</source>
        <translation>Jumlah digit harus antara 6 dan 10.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="31"/>
        <source>The period must be between 1 and 86400 seconds.</source>
        <translation>Periode harus antara 1 dan 86400 detik.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="33"/>
        <source>The start time (T0) is not a valid number.</source>
        <translation>Waktu mulai (T0) bukan angka yang valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="35"/>
        <source>The time is out of range.</source>
        <translation>Waktu berada di luar rentang yang didukung.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="37"/>
        <source>The cryptographic library failed; the code cannot be computed.</source>
        <translation>Pustaka kriptografi gagal; kode tidak dapat dihitung.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="39"/>
        <source>This is not an otpauth:// link.</source>
        <translation>Ini bukan tautan otpauth://.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="41"/>
        <source>This kind of one-time code is not supported (only TOTP, HOTP and Steam).</source>
        <translation>Jenis kode sekali pakai ini tidak didukung (hanya TOTP, HOTP, dan Steam).</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="43"/>
        <source>The link contains a broken %-escape.</source>
        <translation>Tautan memuat %-escape yang rusak.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="45"/>
        <source>The link or export contains text that is not valid UTF-8.</source>
        <translation>Tautan atau data ekspor memuat teks yang bukan UTF-8 yang valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="47"/>
        <source>The link names neither an account nor an issuer.</source>
        <translation>Tautan tidak menyebutkan akun maupun penerbit.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="49"/>
        <source>The link has no secret key.</source>
        <translation>Tautan tidak memuat kunci rahasia.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="51"/>
        <source>The secret key in the link is not valid Base32.</source>
        <translation>Kunci rahasia dalam tautan bukan Base32 yang valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="53"/>
        <source>The link gives the same parameter twice.</source>
        <translation>Tautan memuat parameter yang sama dua kali.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="55"/>
        <source>An HOTP link must give a counter.</source>
        <translation>Tautan HOTP harus memuat penghitung.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="57"/>
        <source>The counter is not a valid number.</source>
        <translation>Penghitung bukan angka yang valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="59"/>
        <source>The link is malformed.</source>
        <translation>Format tautan tidak valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="61"/>
        <source>This is not an otpauth-migration:// export link.</source>
        <translation>Ini bukan tautan ekspor otpauth-migration://.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="63"/>
        <source>The export link has no data.</source>
        <translation>Tautan ekspor tidak memuat data.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="65"/>
        <source>The export data is damaged (invalid Base64).</source>
        <translation>Data ekspor rusak (Base64 tidak valid).</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="67"/>
        <source>The export data is damaged or incomplete.</source>
        <translation>Data ekspor rusak atau tidak lengkap.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="69"/>
        <source>The export holds an account of a kind that is not supported.</source>
        <translation>Data ekspor memuat akun dengan jenis yang tidak didukung.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="71"/>
        <source>The picture has a pixel format that cannot be scanned.</source>
        <translation>Gambar memiliki format piksel yang tidak dapat dipindai.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="73"/>
        <source>The picture is empty.</source>
        <translation>Gambar kosong.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="75"/>
        <source>The picture is too large to scan for a QR code.</source>
        <translation>Gambar terlalu besar untuk dipindai kode QR-nya.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="77"/>
        <source>The picture has no image data.</source>
        <translation>Gambar tidak memuat data gambar.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="79"/>
        <source>The picture&apos;s data is malformed.</source>
        <translation>Data gambar tidak valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="81"/>
        <source>The QR code reader failed unexpectedly.</source>
        <translation>Pembaca kode QR gagal secara tidak terduga.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="83"/>
        <source>The account&apos;s details are too long to show as a QR code.</source>
        <translation>Data akun terlalu panjang untuk ditampilkan sebagai kode QR.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="85"/>
        <source>The QR code could not be drawn.</source>
        <translation>Kode QR tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="87"/>
        <source>The time server sent an incomplete answer.</source>
        <translation>Server waktu mengirim jawaban yang tidak lengkap.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="89"/>
        <source>The time server answered with an unsupported protocol version.</source>
        <translation>Server waktu menjawab dengan versi protokol yang tidak didukung.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="91"/>
        <source>The time server&apos;s answer is not a time server reply.</source>
        <translation>Jawaban server waktu bukan balasan server waktu.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="93"/>
        <source>The time server&apos;s answer does not belong to our request.</source>
        <translation>Jawaban server waktu bukan untuk permintaan Sandi.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="95"/>
        <source>The time server refused to answer.</source>
        <translation>Server waktu menolak menjawab.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="97"/>
        <source>The time server&apos;s answer is invalid.</source>
        <translation>Jawaban server waktu tidak sah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="99"/>
        <source>The time server&apos;s own clock is not synchronised.</source>
        <translation>Jam server waktu itu sendiri belum tersinkron.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="101"/>
        <source>The time server&apos;s answer holds no time.</source>
        <translation>Jawaban server waktu tidak memuat waktu.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="103"/>
        <source>No time server gave a usable answer.</source>
        <translation>Tidak ada server waktu yang memberi jawaban yang dapat dipakai.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="105"/>
        <source>The web server sent an invalid date.</source>
        <translation>Server web mengirim tanggal yang tidak sah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="107"/>
        <source>The file or message is damaged (not valid JSON).</source>
        <translation>Berkas atau pesan rusak (bukan JSON yang sah).</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="109"/>
        <source>The file or message is nested too deeply to be read.</source>
        <translation>Berkas atau pesan bersarang terlalu dalam untuk dibaca.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="111"/>
        <source>The file or message is too large.</source>
        <translation>Berkas atau pesan terlalu besar.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="113"/>
        <source>The file asks for password protection settings that are invalid or too costly.</source>
        <translation>Berkas meminta pengaturan perlindungan kata sandi yang tidak sah atau terlalu berat.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="115"/>
        <source>The stored password is damaged.</source>
        <translation>Kata sandi yang tersimpan rusak.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="117"/>
        <source>The approval key is damaged or of an unsupported kind.</source>
        <translation>Kunci persetujuan rusak atau jenisnya tidak didukung.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="119"/>
        <source>A login approval message is damaged.</source>
        <translation>Pesan persetujuan login rusak.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="121"/>
        <source>A login approval message is not signed the way Sandi requires.</source>
        <translation>Pesan persetujuan login tidak ditandatangani dengan cara yang diwajibkan Sandi.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="123"/>
        <source>A login approval message uses a feature Sandi does not accept.</source>
        <translation>Pesan persetujuan login memakai fitur yang tidak diterima Sandi.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="125"/>
        <source>A login approval message has an invalid signature; it may be forged.</source>
        <translation>Tanda tangan pesan persetujuan login tidak sah; pesan itu mungkin palsu.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="127"/>
        <source>A login approval message is too large.</source>
        <translation>Pesan persetujuan login terlalu besar.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="129"/>
        <source>A login approval message is incomplete or invalid.</source>
        <translation>Pesan persetujuan login tidak lengkap atau tidak sah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="131"/>
        <source>A login approval message arrived in the wrong place.</source>
        <translation>Pesan persetujuan login datang di tempat yang salah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="133"/>
        <source>This login request has expired.</source>
        <translation>Permintaan login ini sudah kedaluwarsa.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="135"/>
        <source>This login request is dated in the future; check the computer&apos;s clock.</source>
        <translation>Permintaan login ini bertanggal di masa depan; periksa jam komputer.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="137"/>
        <source>This login request claims to be valid for too long and was refused.</source>
        <translation>Permintaan login ini mengaku berlaku terlalu lama dan ditolak.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="139"/>
        <source>This login request is for a different account.</source>
        <translation>Permintaan login ini untuk akun lain.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="141"/>
        <source>The login approval information in the QR code is invalid.</source>
        <translation>Informasi persetujuan login dalam kode QR tidak sah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="143"/>
        <source>The login approval server&apos;s address is not secure (https).</source>
        <translation>Alamat server persetujuan login tidak aman (bukan https).</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="145"/>
        <source>The login approval server&apos;s key does not match the QR code; the connection may be intercepted.</source>
        <translation>Kunci server persetujuan login tidak cocok dengan kode QR; koneksi mungkin disadap.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="148"/>
        <source>The login approval server refused the request.</source>
        <translation>Server persetujuan login menolak permintaan.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="150"/>
        <source>The data could not be decrypted: the key is wrong or the data was changed.</source>
        <translation>Data tidak dapat didekripsi: kuncinya salah atau datanya telah diubah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="152"/>
        <source>The password is wrong.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="154"/>
        <source>This file is encrypted. Enter its password to open it.</source>
        <translation>Berkas ini terenkripsi. Masukkan kata sandinya untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="156"/>
        <source>This file is not a backup or export that Sandi can read.</source>
        <translation>Berkas ini bukan cadangan atau ekspor yang dapat dibaca Sandi.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="158"/>
        <source>This file was made by a newer version of the app that wrote it. Update Sandi to read it.</source>
        <translation>Berkas ini dibuat oleh versi aplikasi yang lebih baru. Perbarui Sandi untuk membacanya.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="161"/>
        <source>The file is damaged or incomplete.</source>
        <translation>Berkas rusak atau tidak lengkap.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="174"/>
        <source>The entry has no secret key.</source>
        <translation>Entri tidak memuat kunci rahasia.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="176"/>
        <source>The entry&apos;s secret key is not valid Base32.</source>
        <translation>Kunci rahasia entri bukan Base32 yang valid.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="178"/>
        <source>The entry names neither an account nor an issuer.</source>
        <translation>Entri tidak menyebutkan akun maupun penerbit.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="163"/>
        <source>The file is too large to be a backup or export.</source>
        <translation>Berkas terlalu besar untuk sebuah cadangan atau ekspor.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="165"/>
        <source>The saved key for automatic backups is damaged. Set the backup password again.</source>
        <translation>Kunci tersimpan untuk pencadangan otomatis rusak. Atur ulang kata sandi cadangan.</translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="167"/>
        <source>Unknown error.</source>
        <translation>Galat yang tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>sandi::ExportBackupDialog</name>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="22"/>
        <source>Export backup</source>
        <translation>Ekspor cadangan</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="25"/>
        <source>The backup “%1” holds every account, encrypted with this password. Keep the password safe: without it the backup cannot be opened, and no one can recover it.</source>
        <translation>Cadangan “%1” memuat semua akun, dienkripsi dengan kata sandi ini. Simpan kata sandi ini baik-baik: tanpanya cadangan tidak dapat dibuka, dan tidak ada yang dapat memulihkannya.</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="44"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="49"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="59"/>
        <source>Encrypting the backup…</source>
        <translation>Mengenkripsi cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="65"/>
        <source>&amp;Save backup</source>
        <translation>&amp;Simpan cadangan</translation>
    </message>
    <message>
        <location filename="../ui/exportbackupdialog.cpp" line="67"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sandi::FileExport</name>
    <message>
        <location filename="../app/transfer/fileexport.cpp" line="55"/>
        <source>There is not enough space on the disk to save “%1”. Nothing was saved.</source>
        <translation>Ruang disk tidak cukup untuk menyimpan “%1”. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileexport.cpp" line="57"/>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1” tidak dapat disimpan: %2</translation>
    </message>
</context>
<context>
    <name>sandi::FileImport</name>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="80"/>
        <source>Sandi backup</source>
        <translation>cadangan Sandi</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="82"/>
        <source>Aegis vault</source>
        <translation>brankas Aegis</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="84"/>
        <source>2FAS backup</source>
        <translation>cadangan 2FAS</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="86"/>
        <source>andOTP backup</source>
        <translation>cadangan andOTP</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="88"/>
        <source>FreeOTP+ export</source>
        <translation>ekspor FreeOTP+</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="90"/>
        <source>list of otpauth:// links</source>
        <translation>daftar tautan otpauth://</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="94"/>
        <source>unknown format</source>
        <translation>format tidak dikenal</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="151"/>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="229"/>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="229"/>
        <source>entry %1</source>
        <translation>entri %1</translation>
    </message>
    <message>
        <location filename="../app/transfer/fileimport.cpp" line="363"/>
        <source>%1 could not be added: %2</source>
        <translation>%1 tidak dapat ditambahkan: %2</translation>
    </message>
</context>
<context>
    <name>sandi::FileImportDialog</name>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="43"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="43"/>
        <source>Import accounts</source>
        <translation>Impor akun</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="57"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="59"/>
        <location filename="../ui/fileimportdialog.cpp" line="322"/>
        <source>&amp;Add selected</source>
        <translation>&amp;Tambahkan yang dipilih</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="61"/>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="63"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="69"/>
        <source>Decrypting “%1”…</source>
        <translation>Mendekripsi “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="81"/>
        <source>Nothing was imported from “%1”</source>
        <translation>Tidak ada yang diimpor dari “%1”</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="87"/>
        <source>Adding accounts: %1 of %2…</source>
        <translation>Menambahkan akun: %1 dari %2…</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="91"/>
        <source>Reading “%1”…</source>
        <translation>Membaca “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="130"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="133"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="149"/>
        <source>Accounts to add</source>
        <translation>Akun yang akan ditambahkan</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="157"/>
        <source>Select a&amp;ll</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="159"/>
        <source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="178"/>
        <source>Entries that cannot be imported</source>
        <translation>Entri yang tidak dapat diimpor</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="236"/>
        <source>“%1” is an encrypted %2. Enter the password it was saved with:</source>
        <translation>“%1” adalah %2 yang terenkripsi. Masukkan kata sandi yang dipakai saat menyimpannya:</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="238"/>
        <source>The password is wrong. Check it (capital letters, keyboard layout) and try again.</source>
        <translation>Kata sandi salah. Periksa kembali (huruf besar, tata letak papan ketik) lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="259"/>
        <source>already in Sandi</source>
        <translation>sudah ada di Sandi</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="262"/>
        <source>brings back the key Sandi lost for this account</source>
        <translation>mengembalikan kunci akun ini yang hilang dari Sandi</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="265"/>
        <source>Sandi has an account with this name and another key</source>
        <translation>Sandi sudah memiliki akun dengan nama ini tetapi kunci lain</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="273"/>
        <source>“%1” (%2) holds %n account(s).</source>
        <translation>
            <numerusform>“%1” (%2) memuat %n akun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="276"/>
        <source>%n of them are already in Sandi and are not selected.</source>
        <translation>
            <numerusform>%n di antaranya sudah ada di Sandi dan tidak dipilih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="279"/>
        <source>%n of them bring(s) back a key that is missing from the keychain: added, each takes the place of its account without a key.</source>
        <translation>
            <numerusform>%n di antaranya mengembalikan kunci yang hilang dari penyimpanan rahasia sistem: setiap akun yang ditambahkan menggantikan akun yang sama tanpa kunci.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="283"/>
        <source>Choose the accounts to add:</source>
        <translation>Pilih akun yang akan ditambahkan:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="293"/>
        <source>%n entry/entries of the file cannot be used and will not be imported:</source>
        <translation>
            <numerusform>%n entri dalam berkas tidak dapat dipakai dan tidak akan diimpor:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="297"/>
        <source>“%1” holds no account that Sandi can use.</source>
        <translation>“%1” tidak memuat akun yang dapat dipakai Sandi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="322"/>
        <source>&amp;Add %n account(s)</source>
        <translation>
            <numerusform>&amp;Tambahkan %n akun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="331"/>
        <source>Adding accounts…</source>
        <translation>Menambahkan akun…</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="353"/>
        <source>Import the file again to add the rest: the accounts already added are recognised and not selected.</source>
        <translation>Impor berkas itu lagi untuk menambahkan sisanya: akun yang sudah ditambahkan dikenali dan tidak dipilih.</translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="356"/>
        <source>Import stopped</source>
        <translation>Impor dihentikan</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="356"/>
        <source>%n account(s) were added.</source>
        <translation>
            <numerusform>%n akun sudah ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="357"/>
        <location filename="../ui/fileimportdialog.cpp" line="362"/>
        <source>%n were not added.</source>
        <translation>
            <numerusform>%n tidak ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="360"/>
        <source>Not every account was added</source>
        <translation>Tidak semua akun ditambahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fileimportdialog.cpp" line="361"/>
        <source>%n account(s) were added before that.</source>
        <translation>
            <numerusform>%n akun sudah ditambahkan sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fileimportdialog.cpp" line="369"/>
        <source>Stopping after the account being added…</source>
        <translation>Berhenti setelah akun yang sedang ditambahkan…</translation>
    </message>
</context>
<context>
    <name>sandi::FrameScanner</name>
    <message>
        <location filename="../app/scan/framescanner.cpp" line="175"/>
        <location filename="../app/scan/framescanner.cpp" line="268"/>
        <source>The camera picture could not be read.</source>
        <translation>Gambar dari kamera tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>sandi::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>Add account?</source>
        <translation>Tambah akun?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>Add accounts?</source>
        <translation>Tambah beberapa akun?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>One QR code cannot be added:</source>
        <translation>Satu kode QR tidak dapat ditambahkan:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Some QR codes cannot be added:</source>
        <translation>Beberapa kode QR tidak dapat ditambahkan:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57"/>
        <source>Codes that cannot be added</source>
        <translation>Kode yang tidak dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <location filename="../ui/importdialog.cpp" line="84"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="88"/>
        <source>Issuer (LPSE):</source>
        <translation>Penerbit (LPSE):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="89"/>
        <source>Account (user ID):</source>
        <translation>Akun (User ID):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="90"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="94"/>
        <source>Add this account to Sandi?</source>
        <translation>Tambahkan akun ini ke Sandi?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambahkan</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="100"/>
        <location filename="../ui/importdialog.cpp" line="122"/>
        <location filename="../ui/importdialog.cpp" line="196"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="111"/>
        <source>This account is already in Sandi. If you did a Reset TOTP in SPSE, the old code no longer works: replace it. Keep both only if you know the old one is still in use.</source>
        <translation>Akun ini sudah ada di Sandi. Jika Anda telah melakukan Reset TOTP di SPSE, kode lama tidak berlaku lagi: gantilah. Simpan keduanya hanya jika Anda yakin akun lama masih digunakan.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="115"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="118"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Simpan keduanya</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="140"/>
        <source>Accounts in this Google Authenticator export:</source>
        <translation>Akun dalam ekspor Google Authenticator ini:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="141"/>
        <source>The scan found %n accounts. Choose the ones to add:</source>
        <translation>
            <numerusform>Pemindaian menemukan %n akun. Pilih akun yang akan ditambahkan:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="146"/>
        <source>Accounts to add</source>
        <translation>Akun yang akan ditambahkan</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="153"/>
        <source>already in Sandi</source>
        <translation>sudah ada di Sandi</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>&amp;Replace the accounts already in Sandi (after a Reset TOTP the old codes no longer work)</source>
        <translation>&amp;Ganti akun yang sudah ada di Sandi (setelah Reset TOTP, kode lama tidak berlaku lagi)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175"/>
        <source>Scanned part %1 of %2. Still missing: part %3. Scan the next QR code of the export, or add these accounts now.</source>
        <translation>Bagian %1 dari %2 sudah dipindai. Masih kurang: bagian %3. Pindai kode QR berikutnya dari ekspor, atau tambahkan akun-akun ini sekarang.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Export progress</source>
        <translation>Kemajuan ekspor</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183"/>
        <source>&amp;Scan next part</source>
        <translation>&amp;Pindai bagian berikutnya</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="189"/>
        <source>&amp;Add selected</source>
        <translation>&amp;Tambahkan yang dipilih</translation>
    </message>
</context>
<context>
    <name>sandi::LockPage</name>
    <message>
        <location filename="../ui/lockpage.cpp" line="18"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="32"/>
        <source>Sandi is locked</source>
        <translation>Sandi terkunci</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="49"/>
        <source>Enter Sandi&apos;s lock password to show your codes.</source>
        <translation>Masukkan kata sandi kunci Sandi untuk menampilkan kode Anda.</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="57"/>
        <location filename="../ui/lockpage.cpp" line="58"/>
        <source>Lock password</source>
        <translation>Kata sandi kunci</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="117"/>
        <source>Enter the lock password.</source>
        <translation>Masukkan kata sandi kunci.</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="122"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="141"/>
        <source>Sandi cannot check the password: its lock settings are damaged. The README, section “App lock”, says how to remove the lock.</source>
        <translation>Sandi tidak dapat memeriksa kata sandi: pengaturan kuncinya rusak. README, bagian “App lock”, menjelaskan cara melepas kunci.</translation>
    </message>
    <message>
        <location filename="../ui/lockpage.cpp" line="156"/>
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lockpage.cpp" line="159"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandi::LockSettingsSection</name>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="18"/>
        <source>App lock</source>
        <translation>Kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="19"/>
        <source>Lock Sandi &amp;with a password</source>
        <translation>&amp;Kunci Sandi dengan kata sandi</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="20"/>
        <source>C&amp;hange password…</source>
        <translation>&amp;Ganti kata sandi…</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="20"/>
        <source>New &amp;password:</source>
        <translation>Kata sandi ba&amp;ru:</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="21"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="32"/>
        <source>Sandi asks for this password when it starts and whenever it has locked. Without it the codes cannot be shown, so choose one you will remember.</source>
        <translation>Sandi meminta kata sandi ini saat dibuka dan setiap kali terkunci. Tanpa kata sandi ini kode tidak dapat ditampilkan, jadi pilih kata sandi yang akan Anda ingat.</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="42"/>
        <source>New lock password</source>
        <translation>Kata sandi kunci baru</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="46"/>
        <source>Repeat the new lock password</source>
        <translation>Ulangi kata sandi kunci baru</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="52"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="53"/>
        <source> min</source>
        <comment>minutes</comment>
        <translation> mnt</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="55"/>
        <source>Lock after this many minutes without use</source>
        <translation>Kunci setelah sekian menit tidak dipakai</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="56"/>
        <source>Lock a&amp;fter this long without use:</source>
        <translation>Kunci s&amp;etelah tidak dipakai selama:</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="58"/>
        <source>Sandi also locks when the screen locks or the computer sleeps, and with Ctrl+L.</source>
        <translation>Sandi juga terkunci saat layar dikunci atau komputer tidur, dan dengan Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="123"/>
        <source>Enter the new lock password twice.</source>
        <translation>Masukkan kata sandi kunci baru dua kali.</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="128"/>
        <source>Use at least %1 characters.</source>
        <translation>Gunakan paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="133"/>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama di kedua kolom.</translation>
    </message>
    <message>
        <location filename="../ui/locksettingssection.cpp" line="158"/>
        <source>Sandi could not save the password. Try again.</source>
        <translation>Sandi tidak dapat menyimpan kata sandi. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>sandi::Main</name>
    <message>
        <location filename="../app/main.cpp" line="136"/>
        <source>Sandi does not understand “%1”. It accepts an otpauth:// link.</source>
        <translation>Sandi tidak mengenali “%1”. Sandi menerima tautan otpauth://.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="205"/>
        <source>Sandi: one-time login codes (TOTP) for SPSE and other services.</source>
        <translation>Sandi: kode login sekali pakai (TOTP) untuk SPSE dan layanan lainnya.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="209"/>
        <source>Start in the system tray without showing the window (used when Sandi starts at login).</source>
        <translation>Mulai di baki sistem tanpa menampilkan jendela (dipakai saat Sandi berjalan ketika login).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="212"/>
        <source>An otpauth:// link to add; opens the add dialog.</source>
        <translation>Tautan otpauth:// yang akan ditambahkan; membuka dialog Tambah akun.</translation>
    </message>
</context>
<context>
    <name>sandi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Sandi</source>
        <translation>Sandi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Type to filter by issuer or account (Ctrl+F)</source>
        <translation>Ketik untuk mencari penerbit atau akun (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Filter accounts</source>
        <translation>Cari akun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Press Enter or click to copy the code. Delete removes the account.</source>
        <translation>Tekan Enter atau klik untuk menyalin kode. Tombol Delete menghapus akun.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>No accounts yet</source>
        <translation>Belum ada akun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Add account…</source>
        <translation>Tambah &amp;akun…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Add the account you log in with, for example your SPSE user ID: open the activation page with its QR code (SPSE: Aktivasi TOTP), then scan it here.</source>
        <translation>Tambahkan akun yang Anda gunakan untuk login, misalnya User ID SPSE Anda: buka halaman aktivasi yang menampilkan kode QR (SPSE: Aktivasi TOTP), lalu pindai di sini.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Scan QR code on screen</source>
        <translation>Pindai kode QR di layar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Enter the secret key instead…</source>
        <translation>Masukkan kunci rahasia secara manual…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Add account by typing its secret key</source>
        <translation>Tambah akun dengan mengetik kunci rahasianya</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Restore accounts from a backup file</source>
        <translation>Pulihkan akun dari berkas cadangan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Salin kode</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Ubah akun…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Delete account…</source>
        <translation>&amp;Hapus akun…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <location filename="../ui/mainwindowactions.cpp" line="114"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>Move &amp;up</source>
        <translation>P&amp;indah ke atas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Move do&amp;wn</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Filter</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Scan &amp;screen</source>
        <translation>Pindai &amp;layar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Scan screen</source>
        <translation>Pindai layar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Find the activation QR code on the screen (Ctrl+Shift+S)</source>
        <translation>Cari kode QR aktivasi di layar (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Scan with &amp;camera…</source>
        <translation>Pindai dengan ka&amp;mera…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Scan &amp;image file…</source>
        <translation>Pindai berkas &amp;gambar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Paste QR code or link</source>
        <translation>&amp;Tempel kode QR atau tautan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;About Sandi</source>
        <translation>&amp;Tentang Sandi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Code copied</source>
        <translation>Kode disalin</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>It is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Kode akan dihapus dari papan klip dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Not copied</source>
        <translation>Kode tidak disalin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>No account matches “%1”.</source>
        <translation>Tidak ada akun yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="53"/>
        <location filename="../ui/mainwindowscan.cpp" line="170"/>
        <source>Cannot add an account now</source>
        <translation>Akun tidak dapat ditambahkan saat ini</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="69"/>
        <source>Account added</source>
        <translation>Akun ditambahkan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="92"/>
        <source>Account saved</source>
        <translation>Akun disimpan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="107"/>
        <source>Delete account?</source>
        <translation>Hapus akun?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="107"/>
        <source>Delete %1?</source>
        <translation>Hapus %1?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="111"/>
        <source>The account and its secret key are removed from this computer, including the keychain. To get codes for it again you must activate TOTP again (in SPSE: Reset TOTP).</source>
        <translation>Akun dan kunci rahasianya akan dihapus dari komputer ini, termasuk dari penyimpanan rahasia sistem. Untuk mendapatkan kodenya lagi, Anda harus melakukan aktivasi TOTP ulang (di SPSE: Reset TOTP).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="116"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="126"/>
        <source>Account deleted</source>
        <translation>Akun dihapus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="226"/>
        <location filename="../ui/mainwindowactions.cpp" line="264"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowactions.cpp" line="251"/>
        <source>%n account(s) have no secret key in the keychain, so no code can be shown for them. If you have a backup, restore it: the accounts it holds get their keys back. Otherwise delete such an account and add it again (in SPSE: Reset TOTP, then activate again).</source>
        <translation>
            <numerusform>%n akun tidak memiliki kunci rahasia di penyimpanan rahasia sistem, sehingga kodenya tidak dapat ditampilkan. Jika Anda punya cadangan, pulihkan dari cadangan itu: akun yang ada di dalamnya mendapatkan kuncinya kembali. Jika tidak, hapus akun tersebut, lalu tambahkan kembali (di SPSE: Reset TOTP, lalu lakukan aktivasi ulang).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="255"/>
        <source>Restore from backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="276"/>
        <source>Asking the keychain again…</source>
        <translation>Menghubungi penyimpanan rahasia sistem lagi…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="59"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="122"/>
        <source>Scan image file</source>
        <translation>Pindai berkas gambar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="124"/>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="177"/>
        <source>Cannot add the link</source>
        <translation>Tautan tidak dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="211"/>
        <source>Scan failed</source>
        <translation>Pemindaian gagal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="220"/>
        <source>Nothing to add</source>
        <translation>Tidak ada yang dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="221"/>
        <source>The QR code cannot be added.</source>
        <translation>Kode QR tidak dapat ditambahkan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="222"/>
        <source>None of the QR codes can be added.</source>
        <translation>Tidak ada kode QR yang dapat ditambahkan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="237"/>
        <source>No QR code was found on the screen.</source>
        <translation>Tidak ada kode QR yang ditemukan di layar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="238"/>
        <source>Make sure the whole QR code is visible (not covered by another window), or pick the part of the screen where it is.</source>
        <translation>Pastikan seluruh kode QR terlihat (tidak tertutup jendela lain), atau pilih bagian layar tempat kode QR berada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="242"/>
        <source>No QR code was found in “%1”.</source>
        <translation>Tidak ada kode QR yang ditemukan di “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="243"/>
        <source>Use a picture where the whole QR code is sharp and not cut off.</source>
        <translation>Gunakan gambar yang menampilkan seluruh kode QR dengan tajam dan tidak terpotong.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="246"/>
        <source>No QR code was found.</source>
        <translation>Tidak ada kode QR yang ditemukan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="249"/>
        <source>No QR code found</source>
        <translation>Kode QR tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="255"/>
        <source>&amp;Pick area…</source>
        <translation>&amp;Pilih area…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="259"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="311"/>
        <source>Not everything was added</source>
        <translation>Tidak semua berhasil ditambahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowscan.cpp" line="319"/>
        <source>%n account(s) replaced</source>
        <translation>
            <numerusform>%n akun diganti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowscan.cpp" line="320"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n akun ditambahkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="356"/>
        <location filename="../ui/mainwindowscan.cpp" line="376"/>
        <source>Delete the image?</source>
        <translation>Hapus gambar?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="357"/>
        <source>“%1” holds the account&apos;s secret key: anyone who has the file can make its codes. Delete it now?</source>
        <translation>“%1” memuat kunci rahasia akun: siapa pun yang memiliki berkas ini dapat membuat kodenya. Hapus sekarang?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="363"/>
        <source>&amp;Delete file</source>
        <translation>&amp;Hapus berkas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="365"/>
        <source>&amp;Keep</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="374"/>
        <source>Image deleted</source>
        <translation>Gambar dihapus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="377"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>“%1” tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclock.cpp" line="31"/>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowlock.cpp" line="42"/>
        <source>&amp;Lock Sandi</source>
        <translation>Ku&amp;nci Sandi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowbackup.cpp" line="49"/>
        <source>Your accounts are not backed up.</source>
        <translation>Akun Anda belum dicadangkan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowbackup.cpp" line="49"/>
        <source>The last automatic backup failed.</source>
        <translation>Cadangan otomatis terakhir gagal.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowbackup.cpp" line="50"/>
        <source>Set up backups…</source>
        <translation>Atur cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowbackup.cpp" line="50"/>
        <source>See why…</source>
        <translation>Lihat sebabnya…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="144"/>
        <location filename="../ui/mainwindowapproval.cpp" line="147"/>
        <source>A login is waiting for your approval. Unlock Sandi to answer it.</source>
        <translation>Ada login yang menunggu persetujuan Anda. Buka kunci Sandi untuk menjawabnya.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="146"/>
        <location filename="../ui/mainwindowapproval.cpp" line="159"/>
        <source>Approve login?</source>
        <translation>Izinkan login?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="160"/>
        <source>%1 at %2 is logging in. Pick the number your browser shows in Sandi.</source>
        <translation>%1 di %2 sedang login. Pilih di Sandi angka yang tampil di peramban Anda.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="197"/>
        <source>Login approval active</source>
        <translation>Persetujuan login aktif</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="201"/>
        <source>%1: %2</source>
        <extracomment>An account (issuer and user ID), then why login approval was not activated</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sandi::ManualEntry</name>
    <message>
        <location filename="../app/manualentry.cpp" line="51"/>
        <source>Enter the secret key.</source>
        <translation>Masukkan kunci rahasia.</translation>
    </message>
    <message>
        <location filename="../app/manualentry.cpp" line="105"/>
        <source>Enter the issuer or the account name (user ID).</source>
        <translation>Masukkan penerbit atau nama akun (User ID).</translation>
    </message>
</context>
<context>
    <name>sandi::PortalScreenshot</name>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="72"/>
        <source>Sandi cannot reach the desktop&apos;s screenshot service: there is no D-Bus session.</source>
        <translation>Sandi tidak dapat menghubungi layanan tangkapan layar desktop: tidak ada sesi D-Bus.</translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="131"/>
        <source>The desktop has no screenshot service that Sandi can use (%1).</source>
        <translation>Desktop tidak memiliki layanan tangkapan layar yang dapat digunakan Sandi (%1).</translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="148"/>
        <source>The screenshot was cancelled.</source>
        <translation>Tangkapan layar dibatalkan.</translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="149"/>
        <source>The desktop refused to take a screenshot for Sandi.</source>
        <translation>Desktop menolak membuat tangkapan layar untuk Sandi.</translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="154"/>
        <source>The desktop&apos;s screenshot service gave no picture that Sandi can open.</source>
        <translation>Layanan tangkapan layar desktop tidak memberikan gambar yang dapat dibuka Sandi.</translation>
    </message>
</context>
<context>
    <name>sandi::QrWindow</name>
    <message>
        <location filename="../ui/qrwindow.cpp" line="31"/>
        <source>Scan with your phone</source>
        <translation>Pindai dengan ponsel Anda</translation>
    </message>
    <message>
        <location filename="../ui/qrwindow.cpp" line="42"/>
        <source>Scan this code with the authenticator app on your phone. Anyone who sees it can make this account&apos;s codes.</source>
        <translation>Pindai kode ini dengan aplikasi autentikator di ponsel Anda. Siapa pun yang melihatnya dapat membuat kode akun ini.</translation>
    </message>
    <message>
        <location filename="../ui/qrwindow.cpp" line="51"/>
        <source>QR code of the account</source>
        <translation>Kode QR akun</translation>
    </message>
    <message>
        <location filename="../ui/qrwindow.cpp" line="63"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qrwindow.cpp" line="94"/>
        <source>This window closes in %n second(s).</source>
        <translation>
            <numerusform>Jendela ini tertutup dalam %n detik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandi::RegionPicker</name>
    <message>
        <location filename="../ui/regionpicker.cpp" line="49"/>
        <source>Pick the area of the QR code</source>
        <translation>Pilih area kode QR</translation>
    </message>
    <message>
        <location filename="../ui/regionpicker.cpp" line="50"/>
        <source>Screen area picker</source>
        <translation>Pemilih area layar</translation>
    </message>
    <message>
        <location filename="../ui/regionpicker.cpp" line="69"/>
        <source>Drag a rectangle over the QR code. Enter scans the whole screen; Esc cancels.</source>
        <translation>Seret persegi panjang di atas kode QR. Enter memindai seluruh layar; Esc membatalkan.</translation>
    </message>
</context>
<context>
    <name>sandi::Scan</name>
    <message>
        <location filename="../app/scan/imagescan.cpp" line="72"/>
        <location filename="../app/scan/imagescan.cpp" line="85"/>
        <source>The image is empty or could not be read.</source>
        <translation>Gambar kosong atau tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="43"/>
        <source>A web address (%1), not an account.</source>
        <translation>Alamat web (%1), bukan akun.</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="47"/>
        <source>An empty QR code, not an account.</source>
        <translation>Kode QR kosong, bukan akun.</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="53"/>
        <source>A QR code holding text (“%1”), not an account.</source>
        <translation>Kode QR berisi teks (“%1”), bukan akun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scan/scanimport.cpp" line="104"/>
        <source>HOTP (counter) · %n digits</source>
        <translation>
            <numerusform>HOTP (penghitung) · %n digit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="106"/>
        <source>Steam Guard · 5 characters</source>
        <translation>Steam Guard · 5 karakter</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scan/scanimport.cpp" line="110"/>
        <source>TOTP · %1 digits · every %n s</source>
        <translation>
            <numerusform>TOTP · %1 digit · setiap %n detik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="166"/>
        <source>An account link that cannot be added: %1</source>
        <translation>Tautan akun yang tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="182"/>
        <source>A Google Authenticator export that cannot be read: %1</source>
        <translation>Ekspor Google Authenticator yang tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="201"/>
        <source>“%1” from the Google Authenticator export cannot be added: %2</source>
        <translation>“%1” dari ekspor Google Authenticator tidak dapat ditambahkan: %2</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="272"/>
        <source>%1 was not added: %2</source>
        <translation>%1 tidak ditambahkan: %2</translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="291"/>
        <source>%1 was added, but the old account could not be removed: %2</source>
        <translation>%1 sudah ditambahkan, tetapi akun lama tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <location filename="../app/scan/clipboardscanner.cpp" line="88"/>
        <source>The clipboard holds neither a QR code picture nor an otpauth link.</source>
        <translation>Papan klip tidak berisi gambar kode QR maupun tautan otpauth.</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="29"/>
        <source>“%1” is not an image that Sandi can read (PNG, JPEG, BMP, GIF…).</source>
        <translation>“%1” bukan gambar yang dapat dibaca Sandi (PNG, JPEG, BMP, GIF…).</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="35"/>
        <source>“%1” is too large (%2 × %3 pixels); Sandi reads images of up to 64 megapixels.</source>
        <translation>“%1” terlalu besar (%2 × %3 piksel); Sandi membaca gambar berukuran hingga 64 megapiksel.</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="44"/>
        <source>“%1” is damaged or incomplete: the image cannot be read.</source>
        <translation>“%1” rusak atau tidak lengkap: gambar tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="45"/>
        <source>“%1” cannot be read as an image (%2).</source>
        <translation>“%1” tidak dapat dibaca sebagai gambar (%2).</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="58"/>
        <source>The file “%1” does not exist.</source>
        <translation>Berkas “%1” tidak ada.</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="62"/>
        <source>“%1” is a folder, not an image file.</source>
        <translation>“%1” adalah folder, bukan berkas gambar.</translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="67"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Berkas “%1” tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location filename="../app/scan/screenscanner.cpp" line="109"/>
        <source>Sandi could not take a screenshot.</source>
        <translation>Sandi tidak dapat membuat tangkapan layar.</translation>
    </message>
    <message>
        <location filename="../app/scan/screenscanner.cpp" line="142"/>
        <source>There is no screenshot to pick an area from yet.</source>
        <translation>Belum ada tangkapan layar untuk dipilih areanya.</translation>
    </message>
    <message>
        <location filename="../app/scan/screenscanner.cpp" line="156"/>
        <source>The chosen area is not on any screen.</source>
        <translation>Area yang dipilih tidak berada di layar mana pun.</translation>
    </message>
</context>
<context>
    <name>sandi::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>&amp;Keep Sandi running in the tray when the window is closed</source>
        <translation>&amp;Tetap jalankan Sandi di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="57"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="58"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>A new language is used the next time Sandi starts.</source>
        <translation>Bahasa baru digunakan saat Sandi dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="64"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="65"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> detik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="67"/>
        <source>Clear the clipboard after, in seconds</source>
        <translation>Kosongkan papan klip setelah, dalam detik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68"/>
        <source>&amp;Clear a copied code from the clipboard after:</source>
        <translation>&amp;Hapus kode yang disalin dari papan klip setelah:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="75"/>
        <source>This desktop has no system tray, so closing the window quits Sandi.</source>
        <translation>Desktop ini tidak memiliki baki sistem, sehingga menutup jendela akan mengakhiri Sandi.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="81"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="87"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="141"/>
        <source>Clock</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="98"/>
        <source>C&amp;orrect the codes when the computer&apos;s clock is wrong</source>
        <translation>&amp;Sesuaikan kode bila jam komputer salah</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="107"/>
        <source>Check &amp;now</source>
        <translation>&amp;Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="122"/>
        <source>pool.ntp.org (Indonesia first)</source>
        <translation>pool.ntp.org (Indonesia lebih dulu)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="123"/>
        <source>Time servers</source>
        <translation>Server waktu</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="124"/>
        <source>Time servers (NTP), separated by commas: host or host:port.</source>
        <translation>Server waktu (NTP), dipisah koma: host atau host:port.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>&amp;Time servers:</source>
        <translation>Server &amp;waktu:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="130"/>
        <source>Web address to read the time from</source>
        <translation>Alamat web untuk membaca waktu</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="132"/>
        <source>Where the office network blocks time servers, Sandi reads the time from this HTTPS address instead.</source>
        <translation>Bila jaringan kantor memblokir server waktu, Sandi membaca waktu dari alamat HTTPS ini.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="133"/>
        <source>If they do not answer, &amp;ask:</source>
        <translation>Bila tidak menjawab, &amp;tanya:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="198"/>
        <source>&amp;Start Sandi when I log in (in the tray)</source>
        <translation>&amp;Jalankan Sandi saat saya login (di baki sistem)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="236"/>
        <source>“%1” is not a time server. Write host or host:port, separated by commas.</source>
        <translation>“%1” bukan server waktu. Tulis host atau host:port, dipisah koma.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="245"/>
        <source>“%1” is not an https:// web address.</source>
        <translation>“%1” bukan alamat web https://.</translation>
    </message>
</context>
<context>
    <name>sandi::StoreMessages</name>
    <message>
        <location filename="../app/store/storemessages.cpp" line="21"/>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="23"/>
        <source>the macOS Keychain</source>
        <translation>Keychain macOS</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="25"/>
        <source>the system keychain (Secret Service)</source>
        <translation>penyimpanan rahasia sistem (Secret Service)</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="32"/>
        <source>Sign in to your user account normally (not as a guest), then try again.</source>
        <translation>Masuk ke akun pengguna komputer Anda seperti biasa (bukan sebagai tamu), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="34"/>
        <source>Install and start GNOME Keyring (package gnome-keyring) or KWallet, sign out and in again, then try again.</source>
        <translation>Pasang dan jalankan GNOME Keyring (paket gnome-keyring) atau KWallet, keluar lalu masuk kembali ke sesi Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="48"/>
        <source>The account list was missing or could not be used. Sandi opened its last good copy.</source>
        <translation>Daftar akun tidak ada atau tidak dapat digunakan. Sandi membuka salinan baik terakhirnya.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="50"/>
        <source>The account list was damaged. Sandi restored its last good copy; the damaged file was kept as %1. Check that every account is there.</source>
        <translation>Daftar akun rusak. Sandi memulihkan salinan baik terakhirnya; berkas yang rusak disimpan sebagai %1. Periksa apakah semua akun masih ada.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="54"/>
        <source>The account list was saved by a newer version of Sandi. Sandi opened the last copy it can read; the newer file was kept as %1. Update Sandi to see every account.</source>
        <translation>Daftar akun disimpan oleh Sandi versi yang lebih baru. Sandi membuka salinan terakhir yang dapat dibacanya; berkas yang lebih baru disimpan sebagai %1. Perbarui Sandi untuk melihat semua akun.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="59"/>
        <source>Sandi cannot read the account list and has left it untouched; nothing can be changed until it can be read. Check the permissions of Sandi&apos;s data folder, then restart Sandi.</source>
        <translation>Sandi tidak dapat membaca daftar akun dan tidak mengubahnya; tidak ada yang dapat diubah sampai daftar itu dapat dibaca. Periksa izin akses folder data Sandi, lalu jalankan ulang Sandi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="63"/>
        <source>The account list is damaged and there is no usable copy, so the list is empty. Nothing was deleted: the file was kept as %1. If a newer version of Sandi wrote it, update Sandi; otherwise add your accounts again.</source>
        <translation>Daftar akun rusak dan tidak ada salinan yang dapat digunakan, sehingga daftar kosong. Tidak ada yang dihapus: berkasnya disimpan sebagai %1. Jika berkas itu ditulis oleh Sandi versi yang lebih baru, perbarui Sandi; jika tidak, tambahkan kembali akun Anda.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="77"/>
        <source>Secret keys are kept in %1, which is not available, so accounts cannot be added or changed. %2</source>
        <translation>Kunci rahasia disimpan di %1, yang saat ini tidak tersedia, sehingga akun tidak dapat ditambahkan atau diubah. %2</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="81"/>
        <source>Access to %1 was refused. Allow Sandi to use it (unlock it if asked), then try again.</source>
        <translation>Akses ke %1 ditolak. Izinkan Sandi menggunakannya (buka kuncinya jika diminta), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="84"/>
        <source>An error came from %1. Try again; if it keeps happening, restart the computer.</source>
        <translation>Terjadi galat pada %1. Coba lagi; jika terus terjadi, nyalakan ulang komputer.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="87"/>
        <source>The disk is full, so the change was not saved and nothing was lost. Free some disk space, then try again.</source>
        <translation>Disk penuh, sehingga perubahan tidak disimpan dan tidak ada data yang hilang. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="90"/>
        <source>The change could not be saved, and nothing was lost. Check that the disk is working and that you may write to Sandi&apos;s data folder, then try again.</source>
        <translation>Perubahan tidak dapat disimpan, dan tidak ada data yang hilang. Pastikan disk berfungsi dan Anda memiliki izin menulis ke folder data Sandi, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="93"/>
        <source>This account no longer exists; it may have been removed by another Sandi window or by sandi-cli.</source>
        <translation>Akun ini sudah tidak ada; mungkin telah dihapus dari jendela Sandi lain atau oleh sandi-cli.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="96"/>
        <source>The account list is read-only for now, so the change was not made.</source>
        <translation>Daftar akun untuk sementara hanya dapat dibaca, sehingga perubahan tidak dilakukan.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="98"/>
        <source>The secret key is not valid: use only the letters A–Z and the digits 2–7.</source>
        <translation>Kunci rahasia tidak valid: gunakan hanya huruf A–Z dan angka 2–7.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="100"/>
        <source>Another Sandi program is saving the account list. Try again in a moment.</source>
        <translation>Program Sandi lain sedang menyimpan daftar akun. Coba lagi sesaat lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="102"/>
        <source>The secret key of this account is not available, so no code can be shown.</source>
        <translation>Kunci rahasia akun ini tidak tersedia, sehingga kode tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="104"/>
        <source>Only counter-based (HOTP) accounts have a next code to request.</source>
        <translation>Hanya akun berbasis penghitung (HOTP) yang dapat meminta kode berikutnya.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="106"/>
        <source>The code could not be computed; the cryptographic library failed.</source>
        <translation>Kode tidak dapat dihitung; pustaka kriptografi gagal.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="119"/>
        <source>The secret key of this account is missing from %1. Remove the account and add it again (for SPSE: do a Reset TOTP and scan the new QR code).</source>
        <translation>Kunci rahasia akun ini tidak ada di %1. Hapus akun ini, lalu tambahkan kembali (untuk SPSE: lakukan Reset TOTP dan pindai kode QR yang baru).</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="123"/>
        <source>Access to %1 was refused, so this account&apos;s code cannot be shown. Allow Sandi to use it, then try again.</source>
        <translation>Akses ke %1 ditolak, sehingga kode akun ini tidak dapat ditampilkan. Izinkan Sandi menggunakannya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="127"/>
        <source>No code can be shown: %1 is not available. %2</source>
        <translation>Kode tidak dapat ditampilkan karena %1 tidak tersedia. %2</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="129"/>
        <source>Reading this account&apos;s secret key from %1 failed. Try again.</source>
        <translation>Terjadi galat pada %1 saat membaca kunci rahasia akun ini. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="140"/>
        <source>Read-only: %1 is not available, so accounts cannot be added or changed and no code can be shown. %2</source>
        <translation>Hanya baca: %1 tidak tersedia, sehingga akun tidak dapat ditambahkan atau diubah dan kode tidak dapat ditampilkan. %2</translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="144"/>
        <source>Read-only: a damaged account list could not be moved aside, so Sandi does not overwrite it. Check the permissions of Sandi&apos;s data folder, then restart Sandi.</source>
        <translation>Hanya baca: daftar akun yang rusak tidak dapat dipindahkan, sehingga Sandi tidak menimpanya. Periksa izin akses folder data Sandi, lalu jalankan ulang Sandi.</translation>
    </message>
</context>
<context>
    <name>sandi::Toast</name>
    <message>
        <location filename="../ui/toast.cpp" line="14"/>
        <source>Notification</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>sandi::TransferActions</name>
    <message>
        <location filename="../ui/transferactions.cpp" line="45"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="68"/>
        <source>I&amp;mport from file…</source>
        <translation>Impo&amp;r dari berkas…</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="69"/>
        <source>&amp;Restore from backup…</source>
        <translation>Pulihkan &amp;dari cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="70"/>
        <source>E&amp;xport backup…</source>
        <translation>&amp;Ekspor cadangan…</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="71"/>
        <source>Export as &amp;links (not encrypted)…</source>
        <translation>Eksp&amp;or sebagai tautan (tidak terenkripsi)…</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="72"/>
        <source>Show as &amp;QR code…</source>
        <translation>Tampilkan sebagai kode &amp;QR…</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="74"/>
        <source>Add accounts from another authenticator&apos;s export (Aegis, 2FAS, andOTP, FreeOTP+, otpauth:// links) or from a Sandi backup</source>
        <translation>Tambahkan akun dari ekspor autentikator lain (Aegis, 2FAS, andOTP, FreeOTP+, tautan otpauth://) atau dari cadangan Sandi</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="147"/>
        <source>Import from file</source>
        <translation>Impor dari berkas</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="148"/>
        <source>Backups and exports (*.sandi *.json *.2fas *.aes *.txt);;All files (*)</source>
        <translation>Cadangan dan ekspor (*.sandi *.json *.2fas *.aes *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="163"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="163"/>
        <source>Sandi backups (*.sandi);;All files (*)</source>
        <translation>Cadangan Sandi (*.sandi);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="177"/>
        <source>Cannot add accounts now</source>
        <translation>Akun tidak dapat ditambahkan sekarang</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transferactions.cpp" line="190"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n akun ditambahkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transferactions.cpp" line="192"/>
        <source>%n lost key(s) restored</source>
        <translation>
            <numerusform>%n kunci yang hilang dipulihkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="203"/>
        <location filename="../ui/transferactions.cpp" line="222"/>
        <source>Cannot export now</source>
        <translation>Ekspor tidak dapat dilakukan sekarang</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="208"/>
        <source>Export backup</source>
        <translation>Ekspor cadangan</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="208"/>
        <source>Sandi backups (*.sandi)</source>
        <translation>Cadangan Sandi (*.sandi)</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="225"/>
        <source>Export without encryption?</source>
        <translation>Ekspor tanpa enkripsi?</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="226"/>
        <source>The file will hold the secret key of every account in plain text.</source>
        <translation>Berkas itu akan memuat kunci rahasia semua akun tanpa enkripsi.</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="228"/>
        <source>Anyone who gets the file (another user of this computer, a synced folder, a lost USB stick) can make all your codes. Use it only to move your accounts into another authenticator app, then delete it. For a backup, use Export backup instead: it is encrypted.</source>
        <translation>Siapa pun yang mendapatkan berkas itu (pengguna lain komputer ini, folder yang disinkronkan, flashdisk yang hilang) dapat membuat semua kode Anda. Gunakan hanya untuk memindahkan akun ke aplikasi autentikator lain, lalu hapus berkasnya. Untuk cadangan, gunakan Ekspor cadangan: berkasnya terenkripsi.</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="232"/>
        <source>&amp;Export without encryption</source>
        <translation>&amp;Ekspor tanpa enkripsi</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="234"/>
        <location filename="../ui/transferactions.cpp" line="293"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="243"/>
        <source>Export as links</source>
        <translation>Ekspor sebagai tautan</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="243"/>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="265"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transferactions.cpp" line="269"/>
        <source>%n account(s) exported</source>
        <translation>
            <numerusform>%n akun diekspor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="270"/>
        <source>Delete “%1” once the accounts are in the other app.</source>
        <translation>Hapus “%1” setelah akun-akunnya masuk ke aplikasi lain.</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="271"/>
        <source>Saved as “%1”.</source>
        <translation>Disimpan sebagai “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="281"/>
        <location filename="../ui/transferactions.cpp" line="312"/>
        <source>Cannot show the QR code</source>
        <translation>Kode QR tidak dapat ditampilkan</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="286"/>
        <source>Show as QR code?</source>
        <translation>Tampilkan sebagai kode QR?</translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="287"/>
        <source>Show “%1” as a QR code, to add it to a phone?</source>
        <translation>Tampilkan “%1” sebagai kode QR untuk ditambahkan ke ponsel?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transferactions.cpp" line="288"/>
        <source>Anyone who sees or photographs the code can make this account&apos;s codes. Make sure no one else can see your screen. The window closes by itself after %n second(s).</source>
        <translation>
            <numerusform>Siapa pun yang melihat atau memotret kode itu dapat membuat kode akun ini. Pastikan tidak ada orang lain yang dapat melihat layar Anda. Jendelanya tertutup sendiri setelah %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transferactions.cpp" line="291"/>
        <source>&amp;Show QR code</source>
        <translation>&amp;Tampilkan kode QR</translation>
    </message>
</context>
<context>
    <name>sandi::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="21"/>
        <source>Sandi: one-time codes</source>
        <translation>Sandi: kode sekali pakai</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="84"/>
        <source>Hide window</source>
        <translation>Sembunyikan jendela</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="84"/>
        <source>Show window</source>
        <translation>Tampilkan jendela</translation>
    </message>
</context>
<context>
    <name>sandi::UserAgent</name>
    <message>
        <location filename="../app/useragent.cpp" line="89"/>
        <source>%1 on %2</source>
        <extracomment>The browser that asks to log in: browser, then operating system (&quot;Chrome on Linux&quot;)</extracomment>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../app/useragent.cpp" line="95"/>
        <source>A browser on %1</source>
        <translation>Peramban di %1</translation>
    </message>
    <message>
        <location filename="../app/useragent.cpp" line="97"/>
        <source>Unknown browser</source>
        <translation>Peramban tidak dikenal</translation>
    </message>
</context>
<context>
    <name>sandi::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="29"/>
        <source>Usage: sandi-cli COMMAND [OPTIONS]

Commands over a URI:
  code URI [--time UNIX_SECONDS]    Print the current code of an otpauth:// URI
                                    (HOTP: the code for the URI&apos;s counter).
  inspect URI                       Describe an otpauth:// or otpauth-migration:// URI
                                    as JSON, without the secret.

Commands over your saved accounts (the same ones the Sandi window shows):
  add URI                           Save the account of an otpauth:// URI; the secret key
                                    goes to the system keychain. Prints ISSUER&lt;TAB&gt;ACCOUNT.
  list                              Print one line per account: ISSUER&lt;TAB&gt;ACCOUNT.
  code QUERY [--time UNIX_SECONDS]  Print the code of the account that QUERY names
                                    (HOTP: the next code; the counter is saved first).
  remove QUERY                      Delete the account and its secret key.

Commands over QR codes:
  scan [--screen] [--json] FILE...  Print the text of every QR code in the image FILEs
                                    (&quot;-&quot;: standard input) and, with --screen, on every
                                    screen, one per line; --json: one JSON document.

QUERY is part of the issuer or the account name, in any case, and must name exactly
one account (an account id also works). An argument containing &quot;://&quot; is a URI.
A URI of &quot;-&quot; is read from standard input, which keeps it out of the shell history.

Options:
  -h, --help      Show this help.
  -V, --version   Show the version.

Exit status: 0 success, 1 usage error, 2 invalid input, ambiguous QUERY or a failure
of the account store or keychain, an unreadable image (the reason is on stderr), 3 no
account matches or no QR code found.
</source>
        <translation>Penggunaan: sandi-cli PERINTAH [OPSI]

Perintah untuk sebuah URI:
  code URI [--time UNIX_SECONDS]    Cetak kode saat ini dari URI otpauth://
                                    (HOTP: kode untuk penghitung pada URI).
  inspect URI                       Jelaskan URI otpauth:// atau otpauth-migration://
                                    dalam JSON, tanpa kunci rahasia.

Perintah untuk akun yang tersimpan (sama dengan yang ditampilkan jendela Sandi):
  add URI                           Simpan akun dari URI otpauth://; kunci rahasianya
                                    disimpan di penyimpanan rahasia sistem.
                                    Mencetak ISSUER&lt;TAB&gt;ACCOUNT.
  list                              Cetak satu baris per akun: ISSUER&lt;TAB&gt;ACCOUNT.
  code QUERY [--time UNIX_SECONDS]  Cetak kode akun yang disebut oleh QUERY
                                    (HOTP: kode berikutnya; penghitung disimpan dahulu).
  remove QUERY                      Hapus akun beserta kunci rahasianya.

Perintah untuk kode QR:
  scan [--screen] [--json] FILE...  Cetak teks setiap kode QR pada berkas gambar FILE
                                    (&quot;-&quot;: masukan standar) dan, dengan --screen, pada
                                    setiap layar, satu per baris; --json: satu dokumen JSON.

QUERY adalah bagian dari nama penerbit atau nama akun (huruf besar/kecil tidak
berpengaruh) dan harus menunjuk tepat satu akun (id akun juga dapat digunakan).
Argumen yang memuat &quot;://&quot; dianggap sebagai URI. URI &quot;-&quot; dibaca dari masukan
standar, sehingga tidak tercatat di riwayat shell.

Opsi:
  -h, --help      Tampilkan bantuan ini.
  -V, --version   Tampilkan versi.

Status keluar: 0 berhasil, 1 galat penggunaan, 2 masukan tidak valid, QUERY yang
ambigu, kegagalan penyimpanan akun atau penyimpanan rahasia sistem, atau gambar yang
tidak dapat dibaca (alasannya ditulis ke stderr), 3 tidak ada akun yang cocok atau
tidak ada kode QR yang ditemukan.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="63"/>
        <source>
Checking the clock:
  clock [--server HOST[:PORT]]...   Measure how far this computer&apos;s clock is off, with
                                    SNTP (default servers: pool.ntp.org). Prints the
                                    offset (&quot;+90.0 s&quot;: the servers are 90 s ahead) and
                                    the servers used. Exit status 2: no server answered.
  code URI|QUERY --server HOST[:PORT]...
                                    Print the code for the time those servers give
                                    (this computer&apos;s clock when none answers).
</source>
        <translation>
Memeriksa jam:
  clock [--server HOST[:PORT]]...   Mengukur selisih jam komputer ini dengan SNTP (server
                                    bawaan: pool.ntp.org). Menampilkan selisihnya
                                    (&quot;+90.0 s&quot;: server 90 detik lebih cepat) dan server
                                    yang dipakai. Status keluar 2: tidak ada server yang menjawab.
  code URI|QUERY --server HOST[:PORT]...
                                    Menampilkan kode untuk waktu dari server tersebut
                                    (jam komputer ini bila tidak ada yang menjawab).
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="73"/>
        <source>
Login approval (an add URI with acceptor parameters also activates it):
  approvals [--json]                List the login requests waiting for an answer:
                                    ID, site, account, the three numbers, seconds left,
                                    the browser&apos;s IP address and User-Agent.
  approve ID --number N             Approve the request ID with the number N that the
                                    browser shows (a wrong number refuses the login).
  deny ID                           Refuse the request ID.
ID may be shortened to a unique beginning of at least 4 characters. Exit status 2:
the server could not be reached or refused, the number is wrong or not offered, or
add could not activate login approval (the account is added all the same);
3: no such request is waiting, or no account has login approval.
</source>
        <translation>
Persetujuan login (add URI dengan parameter acceptor juga mengaktifkannya):
  approvals [--json]                Cetak permintaan login yang menunggu jawaban: ID,
                                    situs, akun, tiga angka, detik tersisa, serta alamat
                                    IP dan User-Agent peramban.
  approve ID --number N             Setujui permintaan ID dengan angka N yang tampil di
                                    peramban (angka yang salah menolak login).
  deny ID                           Tolak permintaan ID.
ID boleh disingkat menjadi awalan unik minimal 4 karakter. Status keluar 2: server
tidak dapat dihubungi atau menolak, angka salah atau tidak ditawarkan, atau add tidak
dapat mengaktifkan persetujuan login (akun tetap ditambahkan); 3: permintaan tersebut
tidak sedang menunggu, atau tidak ada akun dengan persetujuan login.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="86"/>
        <source>
Importing and exporting (backups, other authenticators):
  import FILE [--password-file F]   Add the accounts of a Sandi backup or of an export of
                                    Aegis, 2FAS, andOTP, FreeOTP+ or a list of otpauth://
                                    links. Accounts already saved are skipped; entries that
                                    cannot be used are listed on stderr with the reason.
  export FILE --format sandi --password-file F
                                    Write an encrypted Sandi backup of every account.
  export FILE --format uris         Write every account as an otpauth:// link, one per
                                    line, NOT encrypted.
F is a file whose first line is the password, or - for standard input; a password is
never taken from the command line. Exit status 2: wrong password, a damaged or unknown
file (nothing is imported), or the account store failed.
</source>
        <translation>
Impor dan ekspor (cadangan, autentikator lain):
  import FILE [--password-file F]   Tambahkan akun dari cadangan Sandi atau dari ekspor
                                    Aegis, 2FAS, andOTP, FreeOTP+ atau daftar tautan
                                    otpauth://. Akun yang sudah tersimpan dilewati; entri yang
                                    tidak dapat dipakai dicantumkan di stderr beserta alasannya.
  export FILE --format sandi --password-file F
                                    Tulis cadangan Sandi terenkripsi berisi semua akun.
  export FILE --format uris         Tulis setiap akun sebagai tautan otpauth://, satu per
                                    baris, TIDAK terenkripsi.
F adalah berkas yang baris pertamanya berisi kata sandi, atau - untuk masukan standar;
kata sandi tidak pernah diambil dari baris perintah. Status keluar 2: kata sandi salah,
berkas rusak atau tidak dikenal (tidak ada yang diimpor), atau penyimpanan akun gagal.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="145"/>
        <source>sandi-cli: no command given</source>
        <translation>sandi-cli: tidak ada perintah yang diberikan</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="165"/>
        <source>sandi-cli: unknown command &quot;%1&quot;; see sandi-cli --help</source>
        <translation>sandi-cli: perintah &quot;%1&quot; tidak dikenal; lihat sandi-cli --help</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="140"/>
        <source>sandi-cli: expected %n argument(s); see sandi-cli --help</source>
        <translation>
            <numerusform>sandi-cli: diperlukan %n argumen; lihat sandi-cli --help</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="174"/>
        <source>sandi-cli: --time needs a whole number of seconds, e.g. --time 1700000000</source>
        <translation>sandi-cli: --time memerlukan bilangan bulat dalam detik, contoh: --time 1700000000</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="184"/>
        <location filename="../app/cli/storecommands.cpp" line="189"/>
        <source>Unix time in seconds (may be negative).</source>
        <translation>Waktu Unix dalam detik (boleh negatif).</translation>
    </message>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="87"/>
        <source>no account matches &quot;%1&quot;; see sandi-cli list</source>
        <translation>tidak ada akun yang cocok dengan &quot;%1&quot;; lihat sandi-cli list</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/storecommands.cpp" line="91"/>
        <source>&quot;%1&quot; matches %n accounts; give more of the name, or the id:</source>
        <translation>
            <numerusform>&quot;%1&quot; cocok dengan %n akun; tulis nama yang lebih lengkap, atau id-nya:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="64"/>
        <source>no account has login approval active; add one with sandi-cli add URI</source>
        <translation>tidak ada akun dengan persetujuan login aktif; tambahkan dengan sandi-cli add URI</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="96"/>
        <source>no login request &quot;%1&quot; is waiting; see sandi-cli approvals</source>
        <translation>tidak ada permintaan login &quot;%1&quot; yang menunggu; lihat sandi-cli approvals</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="98"/>
        <source>&quot;%1&quot; is the beginning of %n waiting requests; give more of the id</source>
        <translation>
            <numerusform>&quot;%1&quot; adalah awalan dari %n permintaan yang menunggu; tulis id yang lebih lengkap</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="179"/>
        <source>No login request is waiting.</source>
        <translation>Tidak ada permintaan login yang menunggu.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="213"/>
        <source>The number the browser shows.</source>
        <translation>Angka yang tampil di peramban.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="225"/>
        <source>approve needs --number N, the number the browser shows</source>
        <translation>approve memerlukan --number N, angka yang tampil di peramban</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="235"/>
        <source>%1 is not one of the numbers offered (%2); nothing was sent</source>
        <translation>%1 bukan salah satu angka yang ditawarkan (%2); tidak ada yang dikirim</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="271"/>
        <location filename="../app/cli/storecommands.cpp" line="270"/>
        <location filename="../app/cli/transfercommands.cpp" line="235"/>
        <source>no folder for the accounts was found; is HOME set?</source>
        <translation>folder untuk akun tidak ditemukan; apakah HOME sudah diatur?</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="72"/>
        <source>standard input</source>
        <comment>the image source &quot;-&quot;</comment>
        <translation>masukan standar</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="149"/>
        <source>no QR code found</source>
        <translation>tidak ada kode QR yang ditemukan</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="162"/>
        <source>Scan every screen.</source>
        <translation>Pindai setiap layar.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="161"/>
        <location filename="../app/cli/scancommand.cpp" line="163"/>
        <source>Print one JSON document.</source>
        <translation>Cetak satu dokumen JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="173"/>
        <source>sandi-cli: scan needs --screen or at least one image FILE; see sandi-cli --help</source>
        <translation>sandi-cli: scan memerlukan --screen atau setidaknya satu berkas gambar FILE; lihat sandi-cli --help</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="202"/>
        <source>--screen needs a graphical session.</source>
        <translation>--screen memerlukan sesi grafis.</translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="28"/>
        <source>Ask this time server (repeatable).</source>
        <translation>Tanya server waktu ini (boleh diulang).</translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="36"/>
        <source>sandi-cli: clock takes no arguments besides --server; see sandi-cli --help</source>
        <translation>sandi-cli: clock tidak menerima argumen selain --server; lihat sandi-cli --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="44"/>
        <location filename="../app/cli/clockcommand.cpp" line="92"/>
        <source>sandi-cli: &quot;%1&quot; is not a time server (HOST or HOST:PORT)</source>
        <translation>sandi-cli: &quot;%1&quot; bukan server waktu (HOST atau HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="76"/>
        <source>sandi-cli: --server needs a value (HOST or HOST:PORT)</source>
        <translation>sandi-cli: --server perlu nilai (HOST atau HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="84"/>
        <source>sandi-cli: --server and --time cannot be used together</source>
        <translation>sandi-cli: --server dan --time tidak dapat dipakai bersamaan</translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="106"/>
        <source>sandi-cli: the clock could not be checked (%1); the code uses this computer&apos;s clock</source>
        <translation>sandi-cli: jam tidak dapat diperiksa (%1); kode memakai jam komputer ini</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="46"/>
        <source>the password file “%1” could not be read: %2</source>
        <translation>berkas kata sandi “%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="115"/>
        <source>“%1” is an encrypted %2: give its password with --password-file FILE (or - for standard input)</source>
        <translation>“%1” adalah %2 yang terenkripsi: berikan kata sandinya dengan --password-file FILE (atau - untuk masukan standar)</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="126"/>
        <source>imported %1, skipped %2 duplicates, %3 unusable</source>
        <translation>diimpor %1, dilewati %2 duplikat, %3 tidak dapat dipakai</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/transfercommands.cpp" line="133"/>
        <source>restored the lost key of %n account(s) already listed</source>
        <translation>
            <numerusform>kunci yang hilang dari %n akun yang sudah terdaftar dipulihkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/transfercommands.cpp" line="141"/>
        <source>%n account(s) of the file were not imported.</source>
        <translation>
            <numerusform>%n akun dari berkas itu tidak diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/transfercommands.cpp" line="157"/>
        <source>exported %n account(s) to %1</source>
        <translation>
            <numerusform>%n akun diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="160"/>
        <source>warning: %1 holds the secret keys unencrypted; anyone who can read it can make your codes. Delete it once it is imported elsewhere.</source>
        <translation>peringatan: %1 memuat kunci rahasia tanpa enkripsi; siapa pun yang dapat membacanya dapat membuat kode Anda. Hapus berkas itu setelah diimpor di tempat lain.</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="188"/>
        <source>Read the password from FILE.</source>
        <translation>Baca kata sandi dari FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="189"/>
        <source>sandi or uris.</source>
        <translation>sandi atau uris.</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="202"/>
        <source>sandi-cli: export needs --format sandi or --format uris</source>
        <translation>sandi-cli: export memerlukan --format sandi atau --format uris</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="207"/>
        <source>sandi-cli: a Sandi backup is encrypted: give its password with --password-file FILE (or - for standard input)</source>
        <translation>sandi-cli: cadangan Sandi terenkripsi: berikan kata sandinya dengan --password-file FILE (atau - untuk masukan standar)</translation>
    </message>
    <message>
        <location filename="../app/cli/transfercommands.cpp" line="214"/>
        <source>sandi-cli: a list of links is not encrypted; --password-file is only for --format sandi</source>
        <translation>sandi-cli: daftar tautan tidak terenkripsi; --password-file hanya untuk --format sandi</translation>
    </message>
</context>
</TS>
