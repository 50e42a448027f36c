#include "app/store/accountsnapshot.h"

#include "app/store/storemessages.h"
#include "core/import/importresult.h"

#include <QCoreApplication>

#include <string>

namespace sandi {

namespace {

// The translation context of these sentences ("sandi::AccountSnapshot"), in a form lupdate reads.
struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::AccountSnapshot)
};

const char* stateName(SecretState state)
{
    switch (state) {
    case SecretState::NotRequested:
        return "not requested";
    case SecretState::Loading:
        return "loading";
    case SecretState::Loaded:
        return "loaded";
    case SecretState::Missing:
        return "missing from the keychain";
    case SecretState::Denied:
        return "access denied";
    case SecretState::KeychainUnavailable:
        return "keychain unavailable";
    case SecretState::Failed:
        return "keychain error";
    }
    return "unknown";
}

bool pending(SecretState state)
{
    return state == SecretState::Loading || state == SecretState::NotRequested;
}

} // namespace

uri::OtpauthUri toOtpauthUri(const Account& account, SecretBytes secret)
{
    uri::OtpauthUri value;
    value.params = account.params;
    value.counter = account.counter;
    value.issuer = account.issuer.toStdString();
    value.account = account.name.toStdString();
    value.labelIssuer = value.issuer;
    value.issuerParamPresent = !value.issuer.empty();
    value.secret = std::move(secret);
    return value;
}

Result<std::vector<uri::OtpauthUri>> accountSnapshot(const AccountStore& store)
{
    std::vector<uri::OtpauthUri> accounts;
    accounts.reserve(std::size_t(store.accounts().size()));
    for (const Account& account : store.accounts()) {
        auto secret = store.secret(account.id);
        if (!secret) {
            // `accounts` goes out of scope here: every secret copied so far is wiped.
            return fail(Errc::MissingSecret, "the secret of account " + account.id.toStdString() + " is not loaded (" +
                                                 stateName(store.secretState(account.id)) + ")");
        }
        accounts.push_back(toOtpauthUri(account, std::move(*secret)));
    }
    return accounts;
}

QString snapshotProblemText(const AccountStore& store)
{
    for (const Account& account : store.accounts()) {
        if (store.hasSecret(account.id)) {
            continue;
        }
        const QString label =
            QString::fromStdString(importer::accountLabel(account.issuer.toStdString(), account.name.toStdString()));
        const SecretState state = store.secretState(account.id);
        if (pending(state)) {
            return SnapshotText::tr("The secret key of “%1” is still being read from %2.").arg(label, keychainName());
        }
        //: %1 is the account ("LPSE Kota Kudus: ppk1"), %2 why its secret key cannot be read.
        return SnapshotText::tr("“%1”: %2").arg(label, secretStateText(state));
    }
    return {};
}

bool secretsPending(const AccountStore& store)
{
    for (const Account& account : store.accounts()) {
        if (!store.hasSecret(account.id) && pending(store.secretState(account.id))) {
            return true;
        }
    }
    return false;
}

} // namespace sandi
