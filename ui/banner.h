#pragma once
// The strip at the top of the window that says what is wrong with the store (keychain missing,
// file recovered, a secret missing, disk full) and how to fix it. Several messages can be shown
// at once, one per topic; a message replaces the previous one of its topic.

#include <QFrame>
#include <QHash>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace sandi {

class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Topic
    {
        Keychain,  // no keychain / access refused: read-only
        File,      // accounts file recovered, newer or unreadable
        Secrets,   // secrets missing from the keychain
        Operation, // the last add / rename / delete / move failed
        Clock,     // the computer's clock is wrong (issue #8)
        Approval,  // login approval could not be activated (issue #7)
    };
    enum class Severity
    {
        Info,
        Warning,
        Error,
    };

    explicit Banner(QWidget* parent = nullptr);

    // Shows `text` for `topic`; `dismissable` adds a close button, `actionText` a button that
    // calls `action` (e.g. "Try again").
    void setMessage(Topic topic, Severity severity, const QString& text, bool dismissable = true,
                    const QString& actionText = {}, std::function<void()> action = {});
    void clearMessage(Topic topic);
    [[nodiscard]] QString message(Topic topic) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QVBoxLayout* m_layout;
    QHash<int, QWidget*> m_rows;
    QHash<int, Severity> m_severities;
};

} // namespace sandi
