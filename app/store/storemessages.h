#pragma once
// The sentences the user reads about the account store and the keychain, translated (context
// "sandi::StoreMessages"). Each says what happened and how to fix it; the window and sandi-cli
// show them as they are.

#include "app/keychain/secretstore.h"
#include "app/store/storestatus.h"

#include <QString>

namespace sandi {

// The keychain's name on this platform, e.g. "Windows Credential Manager".
[[nodiscard]] QString keychainName();

// Empty for Ok and NoFile (nothing to tell).
[[nodiscard]] QString loadReportText(const LoadReport& report);

// Empty for StoreError::None.
[[nodiscard]] QString storeErrorText(StoreError error);

// Empty for Loaded, Loading and NotRequested. For an account marked in the list.
[[nodiscard]] QString secretStateText(SecretState state);

// Empty for ReadOnlyReason::None. For a banner while the store is read-only.
[[nodiscard]] QString readOnlyText(ReadOnlyReason reason);

// How to get a keychain service running; part of the texts above where it helps.
[[nodiscard]] QString keychainFixText();

} // namespace sandi
