#include "ui/settingsdialog.h"

#include "app/autostart.h"
#include "app/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

SettingsDialog::SettingsDialog(Settings* settings, bool trayAvailable, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_clearSeconds(new QSpinBox(this)),
      m_closeToTray(new QCheckBox(tr("&Keep Sandi running in the tray when the window is closed"), this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    auto* layout = new QVBoxLayout(this);
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
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
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

void SettingsDialog::accept()
{
    if (m_autostart && m_startAtLogin->isChecked() != m_autostart->isEnabled()) {
        QString error;
        if (!m_autostart->setEnabled(m_startAtLogin->isChecked(), &error)) {
            m_autostartError->setText(error); // the dialog stays open with the reason
            m_autostartError->show();
            return;
        }
    }
    m_settings->setLanguage(static_cast<Settings::Language>(m_language->currentData().toInt()));
    m_settings->setClipboardClearSeconds(m_clearSeconds->value());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->sync();
    QDialog::accept();
}

} // namespace sandi
