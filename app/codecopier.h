#pragma once
// Copies an account's code: TOTP/Steam at the current second; HOTP through
// AccountStore::advanceHotp(), so that the counter is saved before the code is shown or copied.

#include <QObject>
#include <QString>

#include <functional>

namespace sandi {

class AccountListModel;
class AccountStore;
class ClipboardGuard;

class CodeCopier : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // seconds since 1970

    // All pointers outlive the copier.
    CodeCopier(AccountStore* store, AccountListModel* model, ClipboardGuard* clipboard, Clock now,
               QObject* parent = nullptr);

    // Copies the code of account `id`; the outcome arrives as copied() or copyFailed() (at once for
    // TOTP, after the counter is saved for HOTP).
    void copy(const QString& id);

Q_SIGNALS:
    void copied(const QString& id);
    void copyFailed(const QString& id, const QString& message); // translated

private:
    void copyTotp(const QString& id);
    void copyHotp(const QString& id);
    [[nodiscard]] QString unavailableText(const QString& id) const;

    AccountStore* m_store;
    AccountListModel* m_model;
    ClipboardGuard* m_clipboard;
    Clock m_now;
};

} // namespace sandi
