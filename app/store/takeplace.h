#pragma once
// One account taking another's place: a replacement scanned after a Reset TOTP, or an account
// restored from a backup for a listed one whose key the keychain lost. The new account is added
// first (AccountStore::add), so a failure never leaves the user with neither.

#include "app/store/accountstore.h"

namespace sandi {

// Moves `newId` to `oldId`'s position in the list, then removes `oldId`. `done` gets remove()'s
// result; it is ok at once (from the event loop) when `oldId` is no longer listed.
void takePlaceOf(AccountStore* store, const QString& newId, const QString& oldId, AccountStore::Done done);

} // namespace sandi
