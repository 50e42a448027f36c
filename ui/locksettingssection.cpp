#include "ui/locksettingssection.h"

#include "app/lock/applock.h"
#include "app/settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sandi {

LockSettingsSection::LockSettingsSection(AppLock* lock, Settings* settings, QWidget* parent)
    : QGroupBox(tr("App lock"), parent), m_lock(lock), m_settings(settings),
      m_enabled(new QCheckBox(tr("Lock Sandi &with a password"), this)), m_status(new QLabel(this)),
      m_change(new QPushButton(tr("C&hange password…"), this)), m_passwordLabel(new QLabel(tr("New &password:"), this)),
      m_password(new QLineEdit(this)), m_repeatLabel(new QLabel(tr("&Repeat it:"), this)),
      m_repeat(new QLineEdit(this)), m_idle(new QSpinBox(this)), m_error(new QLabel(this))
{
    setObjectName(u"lockSection"_s);
    auto* form = new QFormLayout(this);
    m_enabled->setObjectName(u"lockEnabled"_s);
    m_enabled->setAccessibleName(m_enabled->text().remove(u'&'));
    m_enabled->setChecked(lock->enabled());
    form->addRow(m_enabled);

    m_status->setWordWrap(true);
    m_status->setText(tr("Sandi asks for this password when it starts and whenever it has locked. Without it the "
                         "codes cannot be shown, so choose one you will remember."));
    form->addRow(m_status);
    m_change->setObjectName(u"lockChangePassword"_s);
    form->addRow(QString(), m_change);

    for (QLineEdit* field : {m_password, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
    }
    m_password->setObjectName(u"lockNewPassword"_s);
    m_password->setAccessibleName(tr("New lock password"));
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_repeat->setObjectName(u"lockRepeatPassword"_s);
    m_repeat->setAccessibleName(tr("Repeat the new lock password"));
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_repeatLabel, m_repeat);

    m_idle->setObjectName(u"lockIdleMinutes"_s);
    m_idle->setRange(0, Settings::kMaxLockIdleMinutes);
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setSuffix(tr(" min", "minutes"));
    m_idle->setValue(settings->lockIdleMinutes());
    m_idle->setAccessibleName(tr("Lock after this many minutes without use"));
    form->addRow(tr("Lock a&fter this long without use:"), m_idle);
    auto* also =
        new QLabel(tr("Sandi also locks when the screen locks or the computer sleeps, and with Ctrl+L."), this);
    also->setWordWrap(true);
    form->addRow(also);

    m_error->setObjectName(u"lockError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    form->addRow(m_error);

    connect(m_enabled, &QCheckBox::toggled, this, &LockSettingsSection::updateState);
    // A change after a save (the dialog stayed open for another reason) is saved again.
    const auto changed = [this] { m_saved = false; };
    connect(m_enabled, &QCheckBox::toggled, this, changed);
    connect(m_password, &QLineEdit::textEdited, this, changed);
    connect(m_repeat, &QLineEdit::textEdited, this, changed);
    connect(m_idle, &QSpinBox::valueChanged, this, changed);
    connect(m_change, &QPushButton::clicked, this, [this] {
        m_changing = true;
        m_saved = false;
        updateState();
        m_password->setFocus();
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on && wantsNewPassword()) {
            m_password->setFocus();
        }
    });
    updateState();
}

bool LockSettingsSection::wantsNewPassword() const
{
    return m_enabled->isChecked() && (!m_lock->enabled() || m_changing);
}

void LockSettingsSection::updateState()
{
    const bool on = m_enabled->isChecked();
    const bool asks = wantsNewPassword();
    m_status->setVisible(on);
    m_change->setVisible(on && m_lock->enabled() && !m_changing);
    for (QWidget* widget : {static_cast<QWidget*>(m_passwordLabel), static_cast<QWidget*>(m_password),
                            static_cast<QWidget*>(m_repeatLabel), static_cast<QWidget*>(m_repeat)}) {
        widget->setVisible(asks);
    }
    m_idle->setEnabled(on);
    m_error->hide();
}

void LockSettingsSection::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void LockSettingsSection::save(std::function<void()> then)
{
    if (m_saving) {
        return;
    }
    const bool newPassword = wantsNewPassword();
    const QString password = m_password->text();
    if (newPassword) {
        if (password.isEmpty()) {
            showError(tr("Enter the new lock password twice."));
            m_password->setFocus();
            return;
        }
        if (password.size() < kMinPasswordLength) {
            showError(tr("Use at least %1 characters.").arg(kMinPasswordLength));
            m_password->setFocus();
            return;
        }
        if (m_repeat->text() != password) {
            showError(tr("The two passwords differ. Type the same password in both fields."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
    }
    m_error->hide();
    m_settings->setLockIdleMinutes(m_idle->value());
    if (!m_enabled->isChecked()) {
        m_lock->disable();
        m_saved = true;
        then();
        return;
    }
    if (!newPassword) {
        m_saved = true;
        then();
        return;
    }
    m_saving = true;
    setEnabled(false);
    m_lock->setPassword(password, this, [this, then = std::move(then)](bool ok) {
        m_saving = false;
        setEnabled(true);
        if (!ok) {
            showError(tr("Sandi could not save the password. Try again."));
            return;
        }
        m_password->clear();
        m_repeat->clear();
        m_changing = false;
        m_saved = true;
        then();
    });
}

} // namespace sandi
