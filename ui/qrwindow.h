#pragma once
// One account's QR code on screen, to move the account to a phone. Anyone who sees or photographs
// it can make the account's codes, so the window is shown only after a confirmation (ui/transferactions),
// stays up for 60 s with a visible countdown, then closes itself and drops the picture. Sandi's own
// screen scan never reads it: WindowHider hides every Sandi window, this one included, for the grab.

#include <QImage>
#include <QWidget>

class QLabel;

namespace sandi {

class Countdown;

class QrWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSeconds = 60;

    // `image`: one pixel per module, quiet zone included (app/transfer/accountqr.h).
    QrWindow(const QImage& image, const QString& issuer, const QString& name, QWidget* parent = nullptr);
    ~QrWindow() override;

    [[nodiscard]] Countdown* countdown() const { return m_countdown; }

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void updateCountdown(int seconds);
    void drop();

    QLabel* m_code = nullptr;
    QLabel* m_remaining = nullptr;
    Countdown* m_countdown = nullptr;
};

} // namespace sandi
