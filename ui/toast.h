#pragma once
// A short confirmation at the bottom of the window ("Code copied") that disappears by itself.
// It never takes focus and lets clicks through, so it cannot get in the way.

#include <QFrame>
#include <QTimer>

class QLabel;

namespace sandi {

class Toast : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kShowMs = 2500;

    // `parent` is the widget the toast floats over (bottom centre).
    explicit Toast(QWidget* parent);

    // Shows `text` (and an optional smaller `detail` line) for kShowMs.
    void showMessage(const QString& text, const QString& detail = {});
    [[nodiscard]] QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QLabel* m_text;
    QLabel* m_detail;
    QTimer m_timer;
};

} // namespace sandi
