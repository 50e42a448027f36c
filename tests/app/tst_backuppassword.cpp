// The backup password rule: SPSE's own (10+ characters with upper, lower, digit, punctuation) or
// a passphrase of 16+ characters, counted in code points; and the sentences that explain it.

#include "app/backup/backuppassword.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sandi::PasswordProblem;

class TestBackupPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeated");
        QTest::addColumn<PasswordProblem>("problem");
        QTest::newRow("empty") << QString() << QString() << PasswordProblem::Empty;
        QTest::newRow("9 characters, all kinds") << u"Ab1!Ab1!A"_s << u"Ab1!Ab1!A"_s << PasswordProblem::TooShort;
        QTest::newRow("SPSE rule, 10") << u"Ab1!Ab1!Ab"_s << u"Ab1!Ab1!Ab"_s << PasswordProblem::None;
        QTest::newRow("no punctuation") << u"Abcdefgh12"_s << u"Abcdefgh12"_s << PasswordProblem::NeedsVariety;
        QTest::newRow("no digit") << u"Abcdefgh!?"_s << u"Abcdefgh!?"_s << PasswordProblem::NeedsVariety;
        QTest::newRow("no upper case") << u"abcdefg1!?"_s << u"abcdefg1!?"_s << PasswordProblem::NeedsVariety;
        QTest::newRow("a space is not punctuation")
            << u"Abcdefg 12"_s << u"Abcdefg 12"_s << PasswordProblem::NeedsVariety;
        QTest::newRow("passphrase, 16") << u"kuda makan nasi!"_s << u"kuda makan nasi!"_s << PasswordProblem::None;
        QTest::newRow("passphrase, 15") << u"kuda makan nasi"_s << u"kuda makan nasi"_s
                                        << PasswordProblem::NeedsVariety;
        QTest::newRow("non-ASCII letters count as letters")
            << u"Ñandú-2026é"_s << u"Ñandú-2026é"_s << PasswordProblem::None;
        // 😀 is one code point (two UTF-16 units): nine of them are still too short.
        QTest::newRow("code points, not UTF-16 units")
            << QString(9, QChar(u'x')).replace(u"x"_s, u"\U0001F600"_s) << QString() << PasswordProblem::TooShort;
        QTest::newRow("not the same") << u"Ab1!Ab1!Ab"_s << u"Ab1!Ab1!Ac"_s << PasswordProblem::NotTheSame;
    }

    void rule()
    {
        QFETCH(QString, password);
        QFETCH(QString, repeated);
        QFETCH(PasswordProblem, problem);
        QCOMPARE(sandi::checkBackupPassword(password, repeated), problem);
        QCOMPARE(sandi::passwordProblemText(problem, password).isEmpty(), problem == PasswordProblem::None);
    }

    void varietySaysWhatIsMissing()
    {
        const QString text = sandi::passwordProblemText(PasswordProblem::NeedsVariety, u"abcdefgh12"_s);
        QVERIFY2(text.contains(u"upper case"_s) && text.contains(u"punctuation"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"digit"_s) && !text.contains(u"lower case"_s), qPrintable(text));
        QVERIFY(sandi::backupPasswordRuleText().contains(u"10"_s));
        QVERIFY(sandi::backupPasswordRuleText().contains(u"16"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackupPassword)
#include "tst_backuppassword.moc"
