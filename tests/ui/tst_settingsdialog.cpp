// The settings dialog's clock section: correction on/off, the servers and the fallback address
// are checked before they are saved, and the status line follows the clock check.

#include "app/clock/clockservice.h"
#include "app/settings.h"
#include "tests/app/sntpresponder.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::ClockService;
using sandi::test::Responder;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::Settings> m_settings;
    std::unique_ptr<ClockService> m_clock;
    std::unique_ptr<sandi::SettingsDialog> m_dialog;

    template <class T> T* child(const QString& name) const
    {
        auto* found = m_dialog->findChild<T*>(name);
        [&] { QVERIFY2(found, qPrintable(name)); }();
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<sandi::Settings>(m_dir->filePath(u"sandi.ini"_s));
        m_clock = std::make_unique<ClockService>(m_settings.get());
        m_dialog = std::make_unique<sandi::SettingsDialog>(m_settings.get(), m_clock.get(), true);
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_clock.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void aBadTimeServerKeepsTheDialogOpenAndSaysWhich()
    {
        child<QLineEdit>(u"clockServers"_s)->setText(u"0.id.pool.ntp.org, nonsense::x"_s);
        m_dialog->accept();
        QVERIFY(m_dialog->isVisible());
        auto* error = child<QLabel>(u"clockError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"nonsense::x"_s), qPrintable(error->text()));
        QVERIFY(m_settings->clockServers().isEmpty());
    }

    void aFallbackMustBeHttps()
    {
        child<QLineEdit>(u"clockFallback"_s)->setText(u"http://lpse.example.go.id/"_s);
        m_dialog->accept();
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>(u"clockError"_s)->text().contains(u"https://"_s));
        QVERIFY(m_settings->clockFallbackUrl().isEmpty());
    }

    void goodValuesAreSaved()
    {
        child<QLineEdit>(u"clockServers"_s)->setText(u" 127.0.0.1:1123 ,[::1]:123, time.example.org "_s);
        child<QLineEdit>(u"clockFallback"_s)->setText(u"https://lpse.example.go.id/"_s);
        auto* correction = m_dialog->findChild<QCheckBox*>();
        QVERIFY(correction);
        const auto boxes = m_dialog->findChildren<QCheckBox*>();
        QCheckBox* clockBox = nullptr;
        for (QCheckBox* box : boxes) {
            if (box->text().contains(u"clock"_s)) {
                clockBox = box;
            }
        }
        QVERIFY(clockBox);
        QVERIFY(clockBox->isChecked());
        clockBox->setChecked(false);
        QSignalSpy sources(m_settings.get(), &sandi::Settings::clockSourcesChanged);
        m_dialog->accept();
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_settings->clockServers(), (QStringList{u"127.0.0.1:1123"_s, u"[::1]:123"_s, u"time.example.org"_s}));
        QCOMPARE(m_settings->clockFallbackUrl(), u"https://lpse.example.go.id/"_s);
        QVERIFY(!m_settings->clockCorrection());
        QCOMPARE(sources.count(), 2);
    }

    void theStatusLineFollowsTheCheck()
    {
        Responder server(Responder::Mode::Good, 90'000);
        m_settings->setClockServers({server.label()}); // measures at once
        auto* status = child<QLabel>(u"clockStatus"_s);
        auto* checkNow = child<QPushButton>(u"clockCheckNow"_s);
        QTRY_VERIFY(status->text().contains(u"Checking"_s) || status->text().contains(u"slow"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"slow"_s), 10'000);
        QVERIFY2(status->text().contains(server.label()), qPrintable(status->text()));
        QVERIFY(checkNow->isEnabled());
        QSignalSpy checking(m_clock.get(), &ClockService::checkingChanged);
        checkNow->click();
        QCOMPARE(checking.count(), 1);
        QVERIFY(!checkNow->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(checkNow->isEnabled(), 10'000);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
