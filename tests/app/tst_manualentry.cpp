// Manual entry: the add dialog's validation through the core, and links read into fields.

#include "app/manualentry.h"

#include "core/otp/otp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sandi::EntryError;
using sandi::ManualEntry;

class TestManualEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validEntryBuildsTheAccount()
    {
        ManualEntry entry;
        entry.issuer = u" LPSE Kudus "_s;
        entry.account = u"ppk1"_s;
        entry.secret = u"jbsw y3dp-ehpk 3pxp"_s; // typed leniently
        const auto account = sandi::buildAccount(entry);
        QVERIFY(account);
        QCOMPARE(account->issuer, std::string("LPSE Kudus"));
        QCOMPARE(account->account, std::string("ppk1"));
        QCOMPARE(account->secret.size(), std::size_t(10));
        QCOMPARE(account->params, sandi::otp::Params());
        QVERIFY(account->issuerParamPresent);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("field");
        const int name = int(EntryError::Field::Name);
        const int secret = int(EntryError::Field::Secret);
        QTest::newRow("no names") << u" "_s << QString() << u"JBSWY3DPEHPK3PXP"_s << 6 << 30 << name;
        QTest::newRow("no secret") << u"A"_s << u"b"_s << u"  "_s << 6 << 30 << secret;
        QTest::newRow("bad Base32 character") << u"A"_s << u"b"_s << u"JBSWY3DPEHPK3PX1"_s << 6 << 30 << secret;
        QTest::newRow("bad Base32 length") << u"A"_s << u"b"_s << u"JBSWY3DPE"_s << 6 << 30 << secret;
        QTest::newRow("5 digits") << u"A"_s << u"b"_s << u"JBSWY3DPEHPK3PXP"_s << 5 << 30
                                  << int(EntryError::Field::Digits);
        QTest::newRow("period 0") << u"A"_s << u"b"_s << u"JBSWY3DPEHPK3PXP"_s << 6 << 0
                                  << int(EntryError::Field::Period);
    }
    void errors()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(QString, secret);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(int, field);
        ManualEntry entry;
        entry.issuer = issuer;
        entry.account = account;
        entry.secret = secret;
        entry.digits = digits;
        entry.period = period;
        const auto result = sandi::buildAccount(entry);
        QVERIFY(!result);
        QCOMPARE(int(result.error().field), field);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!result.error().message.contains(secret) || secret.trimmed().isEmpty());
    }

    void steamIgnoresDigits()
    {
        ManualEntry entry;
        entry.account = u"gamer"_s;
        entry.secret = u"JBSWY3DPEHPK3PXP"_s;
        entry.type = sandi::otp::Type::Steam;
        entry.digits = 8;
        const auto account = sandi::buildAccount(entry);
        QVERIFY(account);
        QCOMPARE(account->params, sandi::otp::Params::steam());
    }

    void linkFillsTheFields()
    {
        const auto entry = sandi::entryFromLink(
            u"otpauth://hotp/LPSE%20NTT:pokja2?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256&digits=8&counter=42&image=x"_s);
        QVERIFY(entry);
        QCOMPARE(entry->issuer, u"LPSE NTT"_s);
        QCOMPARE(entry->account, u"pokja2"_s);
        QCOMPARE(entry->secret, u"JBSWY3DPEHPK3PXP"_s);
        QCOMPARE(entry->type, sandi::otp::Type::Hotp);
        QCOMPARE(entry->algorithm, sandi::otp::Algorithm::Sha256);
        QCOMPARE(entry->digits, 8);
        QCOMPARE(entry->counter, quint64(42));
        QCOMPARE(entry->extraParams.size(), std::size_t(1));
        // And back: the fields build an equivalent account.
        const auto account = sandi::buildAccount(*entry);
        QVERIFY(account);
        QCOMPARE(account->counter, std::uint64_t(42));
        QCOMPARE(account->extraParams.at(0).name, std::string("image"));
    }

    void badLinkSaysWhy()
    {
        const auto entry = sandi::entryFromLink(u"otpauth://totp/A:b?issuer=A"_s);
        QVERIFY(!entry);
        QCOMPARE(entry.error().field, EntryError::Field::Link);
        QVERIFY(!entry.error().message.isEmpty());
    }

    void recognisesLinks()
    {
        QVERIFY(sandi::isOtpauthLink(u"otpauth://totp/x?secret=A"_s));
        QVERIFY(sandi::isOtpauthLink(u"  OTPAUTH://totp/x"_s));
        QVERIFY(!sandi::isOtpauthLink(u"--verbose"_s));
        QVERIFY(!sandi::isOtpauthLink(u"https://example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestManualEntry)
#include "tst_manualentry.moc"
