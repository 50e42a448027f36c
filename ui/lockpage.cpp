#include "ui/lockpage.h"

#include "ui/appicon.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sandi {

LockPage::LockPage(AppLock* lock, QWidget* parent)
    : QWidget(parent), m_lock(lock), m_reason(new QLabel(this)), m_password(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)), m_message(new QLabel(this))
{
    setObjectName(u"lockPage"_s);
    const int unit = fontMetrics().height();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(unit * 2, unit * 2, unit * 2, unit * 2);
    outer->addStretch(2);

    auto* column = new QVBoxLayout;
    column->setSpacing(unit / 2);
    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(unit * 4, unit * 4));
    icon->setAlignment(Qt::AlignCenter);
    column->addWidget(icon);
    auto* title = new QLabel(tr("Sandi is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    column->addWidget(title);

    m_reason->setObjectName(u"lockReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);
    m_reason->hide();
    column->addWidget(m_reason);

    auto* sentence = new QLabel(tr("Enter Sandi's lock password to show your codes."), this);
    sentence->setWordWrap(true);
    sentence->setAlignment(Qt::AlignCenter);
    column->addWidget(sentence);
    column->addSpacing(unit / 2);

    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Lock password"));
    m_password->setAccessibleName(tr("Lock password"));
    m_password->setMinimumWidth(unit * 14);
    column->addWidget(m_password);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_unlock->setIcon(themedIcon("unlock"));
    column->addWidget(m_unlock, 0, Qt::AlignHCenter);

    m_message->setObjectName(u"lockMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(unit * 2); // no jump when a message appears
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    column->addWidget(m_message);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 6);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &LockPage::updateWaiting);
    connect(m_password, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockPage::submit);
    connect(m_lock, &AppLock::busyChanged, this, &LockPage::setChecking);
    updateWaiting(); // a wait left from before a restart
}

void LockPage::reset()
{
    m_password->clear();
    m_wrong = false;
    setReason({});
    updateWaiting();
}

void LockPage::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void LockPage::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

QString LockPage::message() const
{
    return m_message->text();
}

void LockPage::submit()
{
    if (m_lock->busy() || m_lock->retryDelayMs() > 0) {
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the lock password."));
        return;
    }
    const QString password = m_password->text();
    m_password->clear(); // the field never keeps it; the lock has its own wiped copy
    m_message->setText(tr("Checking…"));
    m_lock->unlock(password, this, [this](AppLock::UnlockResult result) { showResult(result); });
}

void LockPage::showResult(AppLock::UnlockResult result)
{
    switch (result) {
    case AppLock::UnlockResult::Unlocked:
    case AppLock::UnlockResult::NotLocked:
        reset();
        return;
    case AppLock::UnlockResult::WrongPassword:
    case AppLock::UnlockResult::TooSoon:
        m_wrong = true;
        break;
    case AppLock::UnlockResult::Busy:
        return;
    case AppLock::UnlockResult::Failed:
        m_wrong = false;
        m_message->setText(tr("Sandi cannot check the password: its lock settings are damaged. The README, "
                              "section “App lock”, says how to remove the lock."));
        return;
    }
    updateWaiting();
    focusPassword();
}

void LockPage::updateWaiting()
{
    const qint64 ms = m_lock->retryDelayMs();
    const bool waiting = ms > 0;
    const int seconds = static_cast<int>(std::ceil(static_cast<double>(ms) / 1000.0));
    QString text;
    if (m_wrong) {
        text = tr("Wrong password.");
    }
    if (waiting) {
        const QString wait = tr("Try again in %n second(s).", nullptr, seconds);
        text = text.isEmpty() ? wait : text + u' ' + wait;
    }
    if (!m_lock->busy()) {
        m_message->setText(text);
    }
    m_unlock->setEnabled(!waiting && !m_lock->busy());
    if (waiting && !m_countdown.isActive()) {
        m_countdown.start();
    } else if (!waiting) {
        m_countdown.stop();
    }
}

void LockPage::setChecking(bool checking)
{
    m_password->setEnabled(!checking);
    m_unlock->setEnabled(!checking && m_lock->retryDelayMs() == 0);
}

} // namespace sandi
