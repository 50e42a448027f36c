#include "ui/qrwindow.h"

#include "app/transfer/accountqr.h"

#include <QCloseEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

// Whole pixels per module, so that every module has the same size and a phone reads it easily:
// about 24 lines of text for a typical otpauth link (version 3 to 7).
int moduleScale(int side, int target)
{
    return std::max(2, target / std::max(side, 1));
}

} // namespace

QrWindow::QrWindow(const QImage& image, const QString& issuer, const QString& name, QWidget* parent)
    : QWidget(parent, Qt::Window), m_countdown(new Countdown(kSeconds, this))
{
    setObjectName(u"qrWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Scan with your phone"));
    auto* layout = new QVBoxLayout(this);
    const QString label = issuer.isEmpty() ? name : (name.isEmpty() ? issuer : issuer + u" — "_s + name);
    auto* title = new QLabel(label, this);
    title->setObjectName(u"accountLabel"_s);
    title->setTextFormat(Qt::PlainText);
    title->setAlignment(Qt::AlignCenter);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto* hint = new QLabel(tr("Scan this code with the authenticator app on your phone. Anyone who sees it can make "
                               "this account's codes."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);

    m_code = new QLabel(this);
    m_code->setObjectName(u"qrCode"_s);
    m_code->setAccessibleName(tr("QR code of the account"));
    m_code->setAlignment(Qt::AlignCenter);
    const int scale = moduleScale(image.width(), fontMetrics().height() * 24);
    // Nearest neighbour: every module stays a crisp square.
    m_code->setPixmap(
        QPixmap::fromImage(image.scaled(image.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    layout->addWidget(m_code, 1);

    m_remaining = new QLabel(this);
    m_remaining->setObjectName(u"remaining"_s);
    m_remaining->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_remaining);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    layout->addWidget(close, 0, Qt::AlignHCenter);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_countdown, &Countdown::remainingChanged, this, &QrWindow::updateCountdown);
    connect(m_countdown, &Countdown::expired, this, &QWidget::close);
    updateCountdown(kSeconds);
}

QrWindow::~QrWindow()
{
    drop();
}

void QrWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_countdown->running() && m_countdown->remaining() > 0) {
        m_countdown->start();
    }
}

void QrWindow::closeEvent(QCloseEvent* event)
{
    drop();
    QWidget::closeEvent(event);
}

void QrWindow::updateCountdown(int seconds)
{
    m_remaining->setText(tr("This window closes in %n second(s).", nullptr, seconds));
}

void QrWindow::drop()
{
    m_code->setPixmap(QPixmap());
}

} // namespace sandi
