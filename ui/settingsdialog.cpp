#include "ui/settingsdialog.h"

#include "app/clock/clockserver.h"
#include "app/clock/clockservice.h"
#include "app/clock/clocktext.h"
#include "app/autostart.h"
#include "app/settings.h"
#include "ui/backuppage.h"
#include "ui/locksettingssection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QShowEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QUrl>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

SettingsDialog::SettingsDialog(Settings* settings, ClockService* clock, bool trayAvailable, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_clearSeconds(new QSpinBox(this)),
      m_closeToTray(new QCheckBox(tr("&Keep Sandi running in the tray when the window is closed"), this)),
      m_clock(clock)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    // One tab per topic (General, Clock, App lock, Backups): each stays short, and keyboard
    // accelerators need only be unique within a tab, since Qt ignores those of hidden widgets. The
    // tabs carry no accelerator of their own (Ctrl+Tab moves between them).
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    layout->addWidget(m_tabs);
    auto* general = new QWidget(m_tabs);
    auto* generalLayout = new QVBoxLayout(general);
    auto* form = new QFormLayout;
    m_form = form;

    m_language->addItem(tr("System language"), static_cast<int>(Settings::Language::System));
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(u"Bahasa Indonesia"_s, static_cast<int>(Settings::Language::Indonesian));
    m_language->addItem(u"English"_s, static_cast<int>(Settings::Language::English));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(settings->language())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    auto* restart = new QLabel(tr("A new language is used the next time Sandi starts."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);

    m_clearSeconds->setRange(0, Settings::kMaxClipboardClearSeconds);
    m_clearSeconds->setSpecialValueText(tr("Never"));
    m_clearSeconds->setSuffix(tr(" s", "seconds"));
    m_clearSeconds->setValue(settings->clipboardClearSeconds());
    m_clearSeconds->setAccessibleName(tr("Clear the clipboard after, in seconds"));
    form->addRow(tr("&Clear a copied code from the clipboard after:"), m_clearSeconds);

    m_closeToTray->setChecked(settings->closeToTray());
    m_closeToTray->setEnabled(trayAvailable);
    m_closeToTray->setAccessibleName(m_closeToTray->text().remove(u'&'));
    form->addRow(m_closeToTray);
    if (!trayAvailable) {
        auto* noTray = new QLabel(tr("This desktop has no system tray, so closing the window quits Sandi."), this);
        noTray->setWordWrap(true);
        form->addRow(noTray);
    }
    generalLayout->addLayout(form);
    generalLayout->addStretch();
    m_tabs->addTab(general, tr("General"));
    if (m_clock) {
        addClockSection();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::addClockSection()
{
    auto* group = new QWidget(m_tabs);
    auto* form = new QFormLayout(group);
    m_clockCorrection = new QCheckBox(tr("C&orrect the codes when the computer's clock is wrong"), group);
    m_clockCorrection->setChecked(m_settings->clockCorrection());
    m_clockCorrection->setAccessibleName(m_clockCorrection->text().remove(u'&'));
    form->addRow(m_clockCorrection);

    m_clockStatus = new QLabel(group);
    m_clockStatus->setObjectName(u"clockStatus"_s);
    m_clockStatus->setWordWrap(true);
    m_clockStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* checkNow = new QPushButton(tr("Check &now"), group);
    checkNow->setObjectName(u"clockCheckNow"_s);
    form->addRow(m_clockStatus);
    form->addRow(QString(), checkNow);
    const auto refresh = [this, checkNow] {
        m_clockStatus->setText(clockStatusText(*m_clock));
        checkNow->setEnabled(!m_clock->isChecking());
    };
    refresh();
    connect(m_clock, &ClockService::checkingChanged, this, refresh);
    connect(m_clock, &ClockService::resultChanged, this, refresh);
    connect(checkNow, &QPushButton::clicked, m_clock, &ClockService::checkNow);

    m_clockServers = new QLineEdit(m_settings->clockServers().join(u", "_s), group);
    m_clockServers->setObjectName(u"clockServers"_s);
    m_clockServers->setPlaceholderText(tr("pool.ntp.org (Indonesia first)"));
    m_clockServers->setAccessibleName(tr("Time servers"));
    m_clockServers->setToolTip(tr("Time servers (NTP), separated by commas: host or host:port."));
    form->addRow(tr("&Time servers:"), m_clockServers);

    m_clockFallback = new QLineEdit(m_settings->clockFallbackUrl(), group);
    m_clockFallback->setObjectName(u"clockFallback"_s);
    m_clockFallback->setPlaceholderText(u"https://…"_s);
    m_clockFallback->setAccessibleName(tr("Web address to read the time from"));
    m_clockFallback->setToolTip(
        tr("Where the office network blocks time servers, Sandi reads the time from this HTTPS address instead."));
    form->addRow(tr("If they do not answer, &ask:"), m_clockFallback);

    m_clockError = new QLabel(group);
    m_clockError->setObjectName(u"clockError"_s);
    m_clockError->setWordWrap(true);
    m_clockError->setStyleSheet(u"color: #b3261e;"_s);
    m_clockError->hide();
    form->addRow(m_clockError);
    m_tabs->addTab(group, tr("Clock"));
}

void SettingsDialog::addSectionTab(QGroupBox* section)
{
    // The section's title names the tab; inside it a frame and a heading would only repeat it.
    const QString title = section->title();
    section->setTitle(QString());
    section->setFlat(true);
    auto* page = new QWidget(m_tabs);
    auto* box = new QVBoxLayout(page);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(section);
    box->addStretch();
    m_tabs->addTab(page, title);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    fitTabs();
    QDialog::showEvent(event);
}

void SettingsDialog::fitTabs()
{
    // A dialog sizes itself by its pages' size hints, not by how tall their wrapped texts become at
    // its width (a top-level window ignores height-for-width): give the tabs the tallest page's
    // height at the width they will have, so that no page has to squeeze its text.
    layout()->activate();
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 12;
    const int width = std::max(m_tabs->width(), m_tabs->sizeHint().width()) - frame;
    int tallest = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* page = m_tabs->widget(i);
        int height = page->sizeHint().height();
        if (page->layout() && page->layout()->hasHeightForWidth()) {
            height = std::max(height, page->layout()->totalHeightForWidth(width));
        }
        tallest = std::max(tallest, height);
    }
    m_tabs->setMinimumHeight(tallest + m_tabs->tabBar()->sizeHint().height() + frame);
    adjustSize();
}

void SettingsDialog::showTabOf(QWidget* widget)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(widget)) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}

void SettingsDialog::setAutostart(Autostart* autostart)
{
    m_autostart = autostart;
    m_startAtLogin = new QCheckBox(tr("&Start Sandi when I log in (in the tray)"), this);
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    m_startAtLogin->setAccessibleName(m_startAtLogin->text().remove(u'&'));
    m_startAtLogin->setChecked(autostart->isEnabled());
    m_form->addRow(m_startAtLogin);
    m_autostartError = new QLabel(this);
    m_autostartError->setObjectName(u"autostartError"_s);
    m_autostartError->setWordWrap(true);
    m_autostartError->hide();
    m_form->addRow(m_autostartError);
}

void SettingsDialog::setAppLock(AppLock* lock)
{
    m_lockSection = new LockSettingsSection(lock, m_settings, this);
    addSectionTab(m_lockSection);
}

void SettingsDialog::setBackup(BackupService* backup)
{
    auto* page = new BackupPage(backup, this);
    addSectionTab(page);
    connect(page, &BackupPage::restoreRequested, this, &SettingsDialog::restoreRequested);
}

void SettingsDialog::accept()
{
    QStringList servers;
    QUrl fallback;
    if (m_clock) {
        for (const QString& part : m_clockServers->text().split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                servers.append(part.trimmed());
            }
        }
        QString bad;
        if (!parseClockServers(servers, &bad)) {
            m_clockError->setText(
                tr("“%1” is not a time server. Write host or host:port, separated by commas.").arg(bad));
            m_clockError->show();
            showTabOf(m_clockServers);
            m_clockServers->setFocus();
            return;
        }
        const QString url = m_clockFallback->text().trimmed();
        fallback = QUrl(url, QUrl::StrictMode);
        if (!url.isEmpty() && (!fallback.isValid() || fallback.scheme() != u"https"_s || fallback.host().isEmpty())) {
            m_clockError->setText(tr("“%1” is not an https:// web address.").arg(url));
            m_clockError->show();
            showTabOf(m_clockFallback);
            m_clockFallback->setFocus();
            return;
        }
    }
    if (m_lockSection && !m_lockSection->isSaved()) {
        showTabOf(m_lockSection);
        m_lockSection->save([this] { accept(); }); // back here once a new password is stored
        return;
    }
    if (m_autostart && m_startAtLogin->isChecked() != m_autostart->isEnabled()) {
        QString error;
        if (!m_autostart->setEnabled(m_startAtLogin->isChecked(), &error)) {
            m_autostartError->setText(error); // the dialog stays open with the reason
            m_autostartError->show();
            showTabOf(m_autostartError);
            return;
        }
    }
    m_settings->setLanguage(static_cast<Settings::Language>(m_language->currentData().toInt()));
    m_settings->setClipboardClearSeconds(m_clearSeconds->value());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    if (m_clock) {
        m_settings->setClockCorrection(m_clockCorrection->isChecked());
        m_settings->setClockServers(servers);
        m_settings->setClockFallbackUrl(fallback.isEmpty() ? QString() : fallback.toString());
    }
    m_settings->sync();
    QDialog::accept();
}

} // namespace sandi
