#pragma once
// One account as a QR code, to move it to a phone: its otpauth:// link encoded by the core's QR
// encoder and drawn one pixel per module, with the quiet zone. Whoever sees the picture can make
// the account's codes: the window that shows it asks first and closes itself (ui/qrwindow.h).

#include "core/result.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sandi {

class AccountStore;

// The picture for account `id`: black modules on white, (size + 2 × quiet zone) pixels square.
// Errors: MissingSecret (no such account, or its key is not loaded), QrDataTooLong.
[[nodiscard]] Result<QImage> accountQrImage(const AccountStore& store, const QString& id);

// Seconds counting down to zero, one tick per second: the QR window's "closes in 42 s". The timer
// calls tick(); tests call it themselves instead of waiting.
class Countdown : public QObject
{
    Q_OBJECT
public:
    explicit Countdown(int seconds, QObject* parent = nullptr);

    void start();
    [[nodiscard]] int remaining() const noexcept { return m_remaining; }
    [[nodiscard]] bool running() const { return m_timer.isActive(); }

public Q_SLOTS:
    // One second has passed: remainingChanged(), then expired() at zero (once).
    void tick();

Q_SIGNALS:
    void remainingChanged(int seconds);
    void expired();

private:
    QTimer m_timer;
    int m_remaining;
};

} // namespace sandi
