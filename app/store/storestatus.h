#pragma once
// What the account store reports: load outcomes, save errors and per-account secret states.
// app/store/storemessages.h turns each of them into a translated sentence for the user.

#include <QMetaType>
#include <QString>

namespace sandi {

// What loading found; the app shows a message for every status but Ok and NoFile.
enum class LoadStatus
{
    Ok,
    NoFile,                // first start
    RecoveredFromLastGood, // the file was damaged or missing: kept aside, the last good copy loaded
    NewerVersion,          // written by a newer Sandi: kept aside, the last good copy loaded
    Unreadable,            // damaged and no usable last good copy: kept aside, the list is empty
};

struct LoadReport
{
    LoadStatus status = LoadStatus::Ok;
    QString keptAsidePath; // where the bad file went, if any
    QString detail;        // English, for logs; never a secret
};

// Why a change could not be made. Every failure leaves the file and the keychain as they were.
enum class StoreError
{
    None,
    KeychainUnavailable, // no Secret Service / keychain: the store is read-only
    KeychainDenied,      // the user refused access, or the keyring stayed locked
    KeychainFailed,      // any other keychain error
    DiskFull,            // the file could not be saved: no space left
    WriteFailed,         // the file could not be saved for another reason
    NotFound,            // no account with that id
    ReadOnly,            // the store is read-only: see AccountStore::readOnlyReason()
    InvalidSecret,       // a manual entry's secret is not valid Base32
    Busy,                // another Sandi process held the lock for too long
    SecretNotLoaded,     // the account's secret is not available (missing, refused or still loading)
    NotHotp,             // advanceHotp() on an account that is not HOTP
    CodeFailed,          // the counter was saved but the code could not be computed (crypto library failure)
};

struct StoreResult
{
    StoreError error = StoreError::None;
    QString id;     // the account concerned (the new id for add())
    QString detail; // English, for logs; never a secret
    [[nodiscard]] bool ok() const noexcept { return error == StoreError::None; }
};

// Whether an account's secret is in memory, and if not, why.
enum class SecretState
{
    NotRequested, // load(SecretLoading::OnDemand) and no fetchSecret() yet
    Loading,
    Loaded,
    Missing,             // the keychain has no item for this account
    Denied,              // the user refused access
    KeychainUnavailable, // no keychain service
    Failed,              // any other keychain error
};

enum class ReadOnlyReason
{
    None,
    KeychainUnavailable, // no keychain service: nothing can be added, and secrets cannot be read
    FileNotSecured,      // a damaged or unreadable file could not be moved aside, so it is not overwritten
};

} // namespace sandi

Q_DECLARE_METATYPE(sandi::LoadReport)
