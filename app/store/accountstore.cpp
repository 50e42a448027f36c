#include "app/store/accountstore.h"

#include "app/approval/enrollmentrecord.h"
#include "app/store/accountedits.h"
#include "app/store/accountstoreprivate.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

StoreError errorFor(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Unavailable:
        return StoreError::KeychainUnavailable;
    case SecretStatus::AccessDenied:
        return StoreError::KeychainDenied;
    default:
        return StoreError::KeychainFailed;
    }
}

Account accountFromUri(const uri::OtpauthUri& uri, const QString& id)
{
    Account account;
    account.id = id;
    account.issuer = QString::fromStdString(uri.issuer);
    account.name = QString::fromStdString(uri.account);
    account.params = uri.params;
    account.counter = uri.counter;
    account.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return account;
}

} // namespace

AccountStore::AccountStore(QString dataDir, SecretStore* secrets, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(dataDir), secrets))
{
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this] { d->scheduleReload(); });
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, [this] { d->scheduleReload(); });
}

AccountStore::~AccountStore() = default;

void AccountStore::load(SecretLoading secrets)
{
    d->loading = secrets;
    d->enqueue([this] { d->startLoad(true); });
}

const QList<Account>& AccountStore::accounts() const noexcept
{
    return d->accounts;
}

const Account* AccountStore::find(const QString& id) const
{
    const auto it =
        std::find_if(d->accounts.cbegin(), d->accounts.cend(), [&](const Account& a) { return a.id == id; });
    return it == d->accounts.cend() ? nullptr : &*it;
}

bool AccountStore::hasSecret(const QString& id) const
{
    return d->secretFor(id) != nullptr;
}

SecretState AccountStore::secretState(const QString& id) const
{
    return d->states.value(id, SecretState::NotRequested);
}

bool AccountStore::readOnly() const noexcept
{
    return d->isReadOnly();
}

ReadOnlyReason AccountStore::readOnlyReason() const noexcept
{
    if (d->keychainUnavailable) {
        return ReadOnlyReason::KeychainUnavailable;
    }
    return d->fileWritable ? ReadOnlyReason::None : ReadOnlyReason::FileNotSecured;
}

const QString& AccountStore::dataDir() const noexcept
{
    return d->file.dir();
}

Result<std::string> AccountStore::code(const QString& id, qint64 unixTime) const
{
    const Account* account = find(id);
    const SecretBytes* secret = d->secretFor(id);
    if (account == nullptr || secret == nullptr) {
        return fail(Errc::MissingSecret, account ? "the secret is not loaded" : "no account with this id");
    }
    if (account->params.timeBased()) {
        return otp::totpAt(secret->view(), account->params, unixTime);
    }
    if (account->counter == 0) {
        return fail(Errc::MissingCounter, "no HOTP code issued yet: call advanceHotp()");
    }
    return otp::codeAt(secret->view(), account->params, account->counter - 1);
}

Result<std::string> AccountStore::nextCode(const QString& id, qint64 unixTime) const
{
    const Account* account = find(id);
    if (account != nullptr && !account->params.timeBased()) {
        return fail(Errc::UnsupportedOtpType, "HOTP has no next code until advanceHotp()");
    }
    const SecretBytes* secret = d->secretFor(id);
    if (account == nullptr || secret == nullptr) {
        return fail(Errc::MissingSecret, account ? "the secret is not loaded" : "no account with this id");
    }
    return otp::nextTotpAt(secret->view(), account->params, unixTime);
}

void AccountStore::add(uri::OtpauthUri account, Done done)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Login approval rides on the same link (docs/approval-protocol.md §2); none: a plain account.
    auto offer = std::make_shared<Result<std::optional<approval::Enrollment>>>(
        approval::enrollmentFromUri(account, approval::UrlPolicy{true}));
    // std::function needs a copyable job: share the move-only secret instead of copying it.
    auto uri = std::make_shared<uri::OtpauthUri>(std::move(account));
    d->enqueue([this, id, uri, offer, done = std::move(done)] {
        if (!d->checkWritable(done, id)) {
            return;
        }
        if (uri->secret.empty()) {
            done(StoreResult{StoreError::InvalidSecret, id, u"the secret is empty"_s});
            return d->jobDone();
        }
        // The secret goes first: metadata never names a secret that was not stored.
        d->secrets->write(id, uri->secret, this, [this, id, uri, offer, done](SecretResult written) {
            if (!written.ok()) {
                d->noteKeychainResult(written);
                done(StoreResult{errorFor(written.status), id, written.message});
                return d->jobDone();
            }
            d->states.insert(id, SecretState::Loading); // so that applyList() does not ask the keychain
            d->startEdit(
                edits::append(accountFromUri(*uri, id)), [this, id, uri, offer, done](AccountFile::Modified m) {
                    if (m.result.ok()) {
                        d->secretValues[id] = std::move(uri->secret);
                        d->states.insert(id, SecretState::Loaded);
                        Q_EMIT accountsChanged();
                        Q_EMIT secretLoaded(id);
                        if (!*offer) {
                            Q_EMIT enrollmentOffered(id, EnrollmentOffer{std::nullopt, offer->error().code});
                        } else if (offer->value()) {
                            Q_EMIT enrollmentOffered(id, EnrollmentOffer{*offer->value()});
                        }
                        return done(m.result);
                    }
                    // Nothing was added: take the secret back, and answer once it is gone.
                    d->states.remove(id);
                    d->secrets->remove(id, this, [result = m.result, done](const SecretResult& removed) mutable {
                        if (!removed.ok() && removed.status != SecretStatus::NotFound) {
                            result.detail += u"; the keychain item was not removed: "_s + removed.message;
                        }
                        done(result);
                    });
                });
        });
    });
}

void AccountStore::rename(const QString& id, const QString& issuer, const QString& name, Done done)
{
    d->runEdit(id, edits::rename(id, issuer, name), [this, done = std::move(done)](StoreResult result) {
        if (result.ok()) {
            Q_EMIT accountsChanged();
        }
        done(std::move(result));
    });
}

void AccountStore::remove(const QString& id, Done done)
{
    d->runEdit(id, edits::remove(id), [this, id, done = std::move(done)](StoreResult result) {
        if (!result.ok()) {
            done(std::move(result));
            return;
        }
        Q_EMIT accountsChanged();
        // The login-approval device key, if the account ever had one (NotFound is fine).
        d->secrets->remove(deviceKeyName(id), this, [](const SecretResult&) {});
        d->secrets->remove(id, this, [id, done](SecretResult removed) {
            StoreResult outcome{StoreError::None, id, {}};
            if (!removed.ok() && removed.status != SecretStatus::NotFound) {
                outcome.detail = u"the keychain item was not removed: "_s + removed.message;
            }
            done(outcome);
        });
    });
}

void AccountStore::move(const QString& id, int to, Done done)
{
    d->runEdit(id, edits::move(id, to), [this, done = std::move(done)](StoreResult result) {
        if (result.ok()) {
            Q_EMIT accountsChanged();
        }
        done(std::move(result));
    });
}

void AccountStore::advanceHotp(const QString& id, HotpDone done)
{
    d->enqueue([this, id, done = std::move(done)] {
        const auto fail = [&](StoreError error) {
            done(StoreResult{error, id, {}}, {});
            d->jobDone();
        };
        const Account* account = find(id);
        if (account == nullptr) {
            return fail(StoreError::NotFound);
        }
        if (account->params.timeBased()) {
            return fail(StoreError::NotHotp);
        }
        if (d->isReadOnly()) {
            return fail(d->keychainUnavailable ? StoreError::KeychainUnavailable : StoreError::ReadOnly);
        }
        if (!hasSecret(id)) {
            return fail(StoreError::SecretNotLoaded);
        }
        d->startEdit(edits::advanceCounter(id), [this, id, done](AccountFile::Modified modified) {
            if (!modified.result.ok()) {
                done(modified.result, {});
                return;
            }
            Q_EMIT accountsChanged();
            // The saved counter is the next one; the code shown is for the one just used up.
            auto code = this->code(id, 0);
            if (!code) {
                done(StoreResult{StoreError::CodeFailed, id, QString::fromStdString(code.error().detail)}, {});
                return;
            }
            done(modified.result, std::move(*code));
        });
    });
}

void AccountStore::setAcceptor(const QString& id, const QJsonObject& acceptor, Done done)
{
    d->runEdit(id, edits::setAcceptor(id, acceptor), [this, done = std::move(done)](StoreResult result) {
        if (result.ok()) {
            Q_EMIT accountsChanged();
        }
        done(std::move(result));
    });
}

void AccountStore::fetchSecret(const QString& id)
{
    if (find(id) != nullptr) {
        d->requestSecret(id);
    }
}

void AccountStore::retrySecrets()
{
    if (d->accounts.isEmpty()) {
        d->probeKeychain();
        return;
    }
    for (const auto& account : std::as_const(d->accounts)) {
        const SecretState state = secretState(account.id);
        if (state != SecretState::Loaded && state != SecretState::Loading) {
            d->requestSecret(account.id);
        }
    }
}

} // namespace sandi
