#pragma once
// The store's accounts with their secrets, as the core's account values (uri::OtpauthUri): what
// backup::writeBackup() and the exporters take. Each value owns a copy of its secret in a
// SecretBytes, wiped when the value goes; nothing else here holds a secret.

#include "app/store/accountstore.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

#include <QString>

#include <vector>

namespace sandi {

// Every account of `store`, in list order, with a copy of its secret. The store keeps no URI
// spelling, so each value has the canonical one: labelIssuer = issuer, issuerParamPresent when the
// issuer is not empty, Steam as otpauth://steam/, no extra parameters. Login-approval enrollment
// (Account::acceptor) is not included. Errors: MissingSecret when an account's secret is not loaded
// (the detail names the account's id and secret state, never a secret); the copies made so far are
// wiped.
[[nodiscard]] Result<std::vector<uri::OtpauthUri>> accountSnapshot(const AccountStore& store);

// One account as the core's value, with `secret` (taken, not copied).
[[nodiscard]] uri::OtpauthUri toOtpauthUri(const Account& account, SecretBytes secret);

// Why accountSnapshot() would fail now, in one translated sentence naming the first account whose
// secret is not loaded and why; empty when every secret is loaded.
[[nodiscard]] QString snapshotProblemText(const AccountStore& store);

// Whether some secret is still on its way from the keychain (Loading or NotRequested): a snapshot
// taken now would fail, and one taken after secretLoaded()/secretFailed() may not.
[[nodiscard]] bool secretsPending(const AccountStore& store);

} // namespace sandi
