// The Indonesian translation is found at run time: every sentence that errorText(), the store
// messages and sandi-cli give comes back in Indonesian once :/i18n/sandi_id.qm is installed, the
// way app/main.cpp installs it. A tr() helper whose context lupdate reads differently from the one
// it passes at run time (a lambda calling QCoreApplication::translate) fails here although the .ts
// file looks complete.

#include "app/cli/cli.h"
#include "app/clock/clocktext.h"
#include "app/errortext.h"
#include "app/manualentry.h"
#include "app/store/storemessages.h"
#include "app/useragent.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <sstream>

using namespace Qt::StringLiterals;
using namespace sandi;

namespace {

const QString kKeptAside = u"/home/u/.local/share/sandi/accounts.damaged-20261124T140500Z.json"_s;

struct CliRun
{
    cli::Exit exit;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments)
{
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    const cli::Exit exit = cli::run(arguments, cli::Io{in, out, err}, 1'700'000'000);
    return {exit, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sentenceIsIndonesian_data();
    void sentenceIsIndonesian();
    void everySentenceIsTranslated_data();
    void everySentenceIsTranslated();
    void cliIsIndonesian();
    void englishKeepsTheSourceTextAndFillsPlurals();
    void clockTextsInBothLanguages();

private:
    // `text` in English (no translator) and in Indonesian.
    std::pair<QString, QString> bothLanguages(const std::function<QString()>& text);

    QTranslator m_indonesian;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_indonesian.load(u":/i18n/sandi_id.qm"_s), "the compiled Indonesian translation is not embedded");
    QCOMPARE(m_indonesian.language(), u"id_ID"_s);
    QVERIFY(QCoreApplication::installTranslator(&m_indonesian));
}

std::pair<QString, QString> TestTranslations::bothLanguages(const std::function<QString()>& text)
{
    QCoreApplication::removeTranslator(&m_indonesian);
    const QString english = text();
    QCoreApplication::installTranslator(&m_indonesian);
    return {english, text()};
}

// One sentence per translation context, word for word as translations/sandi_id.ts has it.
void TestTranslations::sentenceIsIndonesian_data()
{
    QTest::addColumn<std::function<QString()>>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sandi::Error") << std::function<QString()>([] { return errorText(Errc::EmptySecret); })
                                  << u"Kunci rahasia kosong."_s;
    QTest::newRow("sandi::Error, last code")
        << std::function<QString()>([] { return errorText(Errc::QrDecoderFailure); })
        << u"Pembaca kode QR gagal secara tidak terduga."_s;
    QTest::newRow("sandi::StoreMessages")
        << std::function<QString()>([] { return storeErrorText(StoreError::Busy); })
        << u"Program Sandi lain sedang menyimpan daftar akun. Coba lagi sesaat lagi."_s;
    QTest::newRow("sandi::StoreMessages with %1")
        << std::function<QString()>([] {
               return loadReportText(LoadReport{LoadStatus::RecoveredFromLastGood, kKeptAside, {}});
           })
        << u"Daftar akun rusak. Sandi memulihkan salinan baik terakhirnya; berkas yang rusak disimpan sebagai %1. "
           "Periksa apakah semua akun masih ada."_s.arg(QDir::toNativeSeparators(kKeptAside));
    QTest::newRow("sandi::UserAgent") << std::function<QString()>([] {
        return browserSummary(u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/156.0.0.0 Safari/537.36"_s);
    }) << u"Chrome di Linux"_s;
    QTest::newRow("sandi::UserAgent, unknown")
        << std::function<QString()>([] { return browserSummary(u"curl/8"_s); }) << u"Peramban tidak dikenal"_s;
    QTest::newRow("sandi::ManualEntry") << std::function<QString()>([] {
        ManualEntry entry;
        entry.issuer = u"LPSE Kabupaten Kudus"_s;
        entry.account = u"ppk1"_s;
        const auto built = buildAccount(entry); // no secret key
        return built ? QString() : built.error().message;
    }) << u"Masukkan kunci rahasia."_s;
}

void TestTranslations::sentenceIsIndonesian()
{
    QFETCH(std::function<QString()>, text);
    QFETCH(QString, expected);
    QCOMPARE(text(), expected);
}

// Every message these functions can return differs from its English source once the translator
// is installed; a new enum value whose sentence is missing from the .qm shows up here.
void TestTranslations::everySentenceIsTranslated_data()
{
    QTest::addColumn<std::function<QString()>>("text");
    // Every Errc, up to the first value errcName() does not know (the end of the enum).
    for (int code = 0; errcName(static_cast<Errc>(code)) != "Unknown"; ++code) {
        const auto errc = static_cast<Errc>(code);
        QTest::addRow("Errc::%s", errcName(errc).data())
            << std::function<QString()>([errc] { return errorText(errc); });
    }
    for (int error = 1; error <= static_cast<int>(StoreError::CodeFailed); ++error) {
        QTest::addRow("StoreError %d", error)
            << std::function<QString()>([error] { return storeErrorText(static_cast<StoreError>(error)); });
    }
    for (const auto state :
         {SecretState::Missing, SecretState::Denied, SecretState::KeychainUnavailable, SecretState::Failed}) {
        QTest::addRow("SecretState %d", static_cast<int>(state))
            << std::function<QString()>([state] { return secretStateText(state); });
    }
    for (const auto reason : {ReadOnlyReason::KeychainUnavailable, ReadOnlyReason::FileNotSecured}) {
        QTest::addRow("ReadOnlyReason %d", static_cast<int>(reason))
            << std::function<QString()>([reason] { return readOnlyText(reason); });
    }
    for (const auto status : {LoadStatus::RecoveredFromLastGood, LoadStatus::NewerVersion, LoadStatus::Unreadable}) {
        for (const QString& kept : {QString(), kKeptAside}) {
            QTest::addRow("LoadStatus %d%s", static_cast<int>(status), kept.isEmpty() ? "" : ", kept aside")
                << std::function<QString()>([status, kept] {
                       return loadReportText(LoadReport{status, kept, {}});
                   });
        }
    }
    QTest::newRow("keychainFixText") << std::function<QString()>(keychainFixText);
}

void TestTranslations::everySentenceIsTranslated()
{
    QFETCH(std::function<QString()>, text);
    const auto [english, indonesian] = bothLanguages(text);
    QVERIFY(!english.isEmpty());
    QVERIFY2(indonesian != english, qPrintable(u"still English: "_s + english));
}

void TestTranslations::cliIsIndonesian()
{
    const CliRun none = runCli({u"sandi-cli"_s});
    QCOMPARE(none.exit, cli::Exit::Usage);
    QVERIFY2(none.err.startsWith(u"sandi-cli: tidak ada perintah yang diberikan\n\nPenggunaan: sandi-cli PERINTAH"_s),
             qPrintable(none.err));

    // A plural form (%n) through the same context.
    const CliRun missing = runCli({u"sandi-cli"_s, u"code"_s});
    QCOMPARE(missing.exit, cli::Exit::Usage);
    QCOMPARE(missing.err, u"sandi-cli: diperlukan 1 argumen; lihat sandi-cli --help\n"_s);
}

// sandi_en.ts leaves its translations empty except for plural forms: the empty ones must fall back
// to the source text, not come out empty.
void TestTranslations::englishKeepsTheSourceTextAndFillsPlurals()
{
    QTranslator english;
    QVERIFY(english.load(u":/i18n/sandi_en.qm"_s));
    QCoreApplication::removeTranslator(&m_indonesian);
    QVERIFY(QCoreApplication::installTranslator(&english));
    const QString error = errorText(Errc::EmptySecret);
    const CliRun missing = runCli({u"sandi-cli"_s, u"code"_s});
    QCoreApplication::removeTranslator(&english);
    QCoreApplication::installTranslator(&m_indonesian);

    QCOMPARE(error, u"The secret key is empty."_s);
    QCOMPARE(missing.err, u"sandi-cli: expected 1 argument; see sandi-cli --help\n"_s);
}

// The clock banner (issue #8): how far off, which way, with English plurals and the Indonesian
// wording SPSE users read ("selisih …; kode sudah disesuaikan").
void TestTranslations::clockTextsInBothLanguages()
{
    QTranslator english;
    QVERIFY(english.load(u":/i18n/sandi_en.qm"_s));
    QCoreApplication::removeTranslator(&m_indonesian);
    QVERIFY(QCoreApplication::installTranslator(&english));
    const QString slow = clockBannerText(133'000, true);
    const QString fast = clockBannerText(-15'400, true);
    const QString notCorrected = clockBannerText(-3'600'000, false);
    const QString hourMinute = clockDurationText(3'661'000);
    const QString oneSecond = clockDurationText(1'499);
    QCoreApplication::removeTranslator(&english);
    QCoreApplication::installTranslator(&m_indonesian);

    QCOMPARE(slow, u"Your computer's clock is 2 minutes 13 seconds slow; the codes have been adjusted."_s);
    QCOMPARE(fast, u"Your computer's clock is 15 seconds fast; the codes have been adjusted."_s);
    QCOMPARE(notCorrected,
             u"Your computer's clock is 1 hour fast. Codes are not adjusted: clock correction is off in Settings."_s);
    QCOMPARE(hourMinute, u"1 hour 1 minute"_s);
    QCOMPARE(oneSecond, u"1 second"_s);

    QCOMPARE(clockBannerText(133'000, true),
             u"Jam komputer Anda selisih 2 menit 13 detik (terlambat); kode sudah disesuaikan."_s);
    QCOMPARE(clockBannerText(-15'400, true),
             u"Jam komputer Anda selisih 15 detik (terlalu cepat); kode sudah disesuaikan."_s);
    QVERIFY(clockFixHint().contains(u"timedatectl"_s));
    QVERIFY(!clockFixHint().contains(u"To fix"_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
