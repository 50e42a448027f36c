#include "app/transfer/accountqr.h"

#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "core/crypto/secretbytes.h"
#include "core/qr/qrencoder.h"

namespace sandi {

Result<QImage> accountQrImage(const AccountStore& store, const QString& id)
{
    const Account* account = store.find(id);
    if (account == nullptr) {
        return fail(Errc::MissingSecret, "no account with this id");
    }
    auto secret = store.secret(id);
    if (!secret) {
        return tl::unexpected(secret.error());
    }
    std::string text = uri::serializeOtpauth(toOtpauthUri(*account, std::move(*secret)));
    // Level M, as SPSE's own activation codes and most issuers use: phones read it at a glance.
    auto matrix = qr::encode(text, qr::EcLevel::M);
    secureWipe(text);
    if (!matrix) {
        return tl::unexpected(matrix.error());
    }
    const int side = matrix->size() + 2 * qr::kQuietZone;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < matrix->size(); ++y) {
        uchar* row = image.scanLine(y + qr::kQuietZone);
        for (int x = 0; x < matrix->size(); ++x) {
            if (matrix->dark(x, y)) {
                row[x + qr::kQuietZone] = 0;
            }
        }
    }
    return image;
}

Countdown::Countdown(int seconds, QObject* parent) : QObject(parent), m_remaining(seconds)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Countdown::tick);
}

void Countdown::start()
{
    if (m_remaining > 0) {
        m_timer.start();
    }
}

void Countdown::tick()
{
    if (m_remaining <= 0) {
        return;
    }
    --m_remaining;
    Q_EMIT remainingChanged(m_remaining);
    if (m_remaining == 0) {
        m_timer.stop();
        Q_EMIT expired();
    }
}

} // namespace sandi
