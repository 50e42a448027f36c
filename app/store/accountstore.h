#pragma once
// The account store: metadata in a versioned JSON file under the app data folder, secrets in a
// SecretStore (the OS keychain). Nothing here blocks the calling thread: file work runs on a
// worker thread (QtConcurrent), keychain work is asynchronous, and results come back through
// signals or callbacks on the store's thread, always from the event loop, never from inside the
// call that asked. Changes run one at a time in call order; each
// reloads the file under a lock first, so changes made meanwhile by another process
// (sandi-cli while the window is open) are kept. docs/account-store.md has the details.

#include "app/keychain/secretstore.h"
#include "app/store/account.h"
#include "app/store/storestatus.h"
#include "core/approval/enrollment.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace sandi {

// What add() found in a link's login-approval parameters (docs/approval-protocol.md §2).
struct EnrollmentOffer
{
    std::optional<approval::Enrollment> enrollment; // nullopt: the parameters are unusable
    Errc problem = Errc::InvalidEnrollment;         // why, when `enrollment` is nullopt
};

// Whether load() also asks the keychain for every secret (the window) or only when asked (the CLI).
enum class SecretLoading
{
    All,
    OnDemand,
};

class AccountStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(StoreResult)>;
    using HotpDone = std::function<void(StoreResult, std::string code)>;

    // `dataDir` holds accounts.json and its last-good copy (the app passes AppDataLocation);
    // `secrets` outlives the store.
    AccountStore(QString dataDir, SecretStore* secrets, QObject* parent = nullptr);
    ~AccountStore() override;

    // Loads the metadata and emits loaded() (accounts() is then valid); with SecretLoading::All
    // asks the keychain for every secret, each answer arriving as secretLoaded() or secretFailed().
    // Then watches the file, so that changes by another process are picked up (accountsChanged()).
    void load(SecretLoading secrets = SecretLoading::All);

    [[nodiscard]] const QList<Account>& accounts() const noexcept;
    [[nodiscard]] const Account* find(const QString& id) const;
    [[nodiscard]] bool hasSecret(const QString& id) const;
    [[nodiscard]] SecretState secretState(const QString& id) const;
    [[nodiscard]] bool readOnly() const noexcept;
    [[nodiscard]] ReadOnlyReason readOnlyReason() const noexcept;
    [[nodiscard]] const QString& dataDir() const noexcept;

    // TOTP/Steam: the code at `unixTime`. HOTP: the code advanceHotp() issued last (counter - 1),
    // never one whose counter is not saved yet; Errc::MissingCounter before the first advance.
    // Errc::MissingSecret when the secret is not loaded; otherwise the core's errors.
    [[nodiscard]] Result<std::string> code(const QString& id, qint64 unixTime) const;
    // TOTP/Steam: the code of the following period. HOTP: Errc::UnsupportedOtpType.
    [[nodiscard]] Result<std::string> nextCode(const QString& id, qint64 unixTime) const;

    // Writes the secret to the keychain first, then the metadata; on any failure nothing is added
    // (a secret written before a failed save is removed again before `done`). `done` gets the new id.
    void add(uri::OtpauthUri account, Done done);
    void rename(const QString& id, const QString& issuer, const QString& name, Done done);
    // Removes the metadata, then the keychain item. If the keychain then fails, the account is
    // gone from the list and `done` reports ok with a detail: the orphaned item holds no metadata.
    void remove(const QString& id, Done done);
    // Moves the account to position `to` (clamped to the list) and renumbers sortOrder.
    void move(const QString& id, int to, Done done);
    // HOTP: saves counter + 1, and only then hands `done` the code of the counter it used.
    void advanceHotp(const QString& id, HotpDone done);
    // Replaces the account's login-approval enrollment (Account::acceptor; empty: none). Never a
    // secret: the device key is in the keychain (app/approval/enrollmentrecord.h).
    void setAcceptor(const QString& id, const QJsonObject& acceptor, Done done);

public Q_SLOTS:
    // Asks the keychain for one account's secret (again). Used after load(SecretLoading::OnDemand).
    void fetchSecret(const QString& id);
    // Asks again for every secret that is not loaded, e.g. after the user started the keychain.
    void retrySecrets();

Q_SIGNALS:
    // After load(), and again when a later reload had to recover the file (status not Ok): the
    // list may be entirely new. Not followed by accountsChanged() for the same change.
    void loaded(sandi::LoadReport report);
    // The list changed: by this store or, noticed through the file watcher, by another process.
    void accountsChanged();
    void secretLoaded(const QString& id);
    void secretFailed(const QString& id, sandi::SecretResult result);
    void readOnlyChanged(bool readOnly);
    // add() saved an account whose URI carries login-approval parameters (docs/approval-protocol.md
    // §2), before `done` runs: the enrollment, or why its parameters are unusable. http:// to
    // loopback is let through here; ApprovalService applies its own URL policy.
    void enrollmentOffered(const QString& id, const sandi::EnrollmentOffer& offer);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sandi
