#include "app/store/storemessages.h"

#include <QCoreApplication>
#include <QDir>

namespace sandi {

namespace {

// The translation context of these messages ("sandi::StoreMessages"), in a form lupdate reads.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::StoreMessages)
};

} // namespace

QString keychainName()
{
#if defined(Q_OS_WIN)
    return StoreText::tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return StoreText::tr("the macOS Keychain");
#else
    return StoreText::tr("the system keychain (Secret Service)");
#endif
}

QString keychainFixText()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return StoreText::tr("Sign in to your user account normally (not as a guest), then try again.");
#else
    return StoreText::tr("Install and start GNOME Keyring (package gnome-keyring) or KWallet, sign out and in "
                         "again, then try again.");
#endif
}

QString loadReportText(const LoadReport& report)
{
    const QString kept = QDir::toNativeSeparators(report.keptAsidePath);
    switch (report.status) {
    case LoadStatus::Ok:
    case LoadStatus::NoFile:
        return {};
    case LoadStatus::RecoveredFromLastGood:
        if (kept.isEmpty()) {
            return StoreText::tr("The account list was missing or could not be used. Sandi opened its last good copy.");
        }
        return StoreText::tr("The account list was damaged. Sandi restored its last good copy; the damaged file "
                             "was kept as %1. Check that every account is there.")
            .arg(kept);
    case LoadStatus::NewerVersion:
        return StoreText::tr("The account list was saved by a newer version of Sandi. Sandi opened the last copy "
                             "it can read; the newer file was kept as %1. Update Sandi to see every account.")
            .arg(kept);
    case LoadStatus::Unreadable:
        if (kept.isEmpty()) {
            return StoreText::tr("Sandi cannot read the account list and has left it untouched; nothing can be "
                                 "changed until it can be read. Check the permissions of Sandi's data folder, then "
                                 "restart Sandi.");
        }
        return StoreText::tr("The account list is damaged and there is no usable copy, so the list is empty. "
                             "Nothing was deleted: the file was kept as %1. If a newer version of Sandi wrote it, "
                             "update Sandi; otherwise add your accounts again.")
            .arg(kept);
    }
    return {};
}

QString storeErrorText(StoreError error)
{
    switch (error) {
    case StoreError::None:
        return {};
    case StoreError::KeychainUnavailable:
        return StoreText::tr("Secret keys are kept in %1, which is not available, so accounts cannot be added "
                             "or changed. %2")
            .arg(keychainName(), keychainFixText());
    case StoreError::KeychainDenied:
        return StoreText::tr("Access to %1 was refused. Allow Sandi to use it (unlock it if asked), then try again.")
            .arg(keychainName());
    case StoreError::KeychainFailed:
        return StoreText::tr("An error came from %1. Try again; if it keeps happening, restart the computer.")
            .arg(keychainName());
    case StoreError::DiskFull:
        return StoreText::tr("The disk is full, so the change was not saved and nothing was lost. Free some disk "
                             "space, then try again.");
    case StoreError::WriteFailed:
        return StoreText::tr("The change could not be saved, and nothing was lost. Check that the disk is working "
                             "and that you may write to Sandi's data folder, then try again.");
    case StoreError::NotFound:
        return StoreText::tr("This account no longer exists; it may have been removed by another Sandi window or "
                             "by sandi-cli.");
    case StoreError::ReadOnly:
        return StoreText::tr("The account list is read-only for now, so the change was not made.");
    case StoreError::InvalidSecret:
        return StoreText::tr("The secret key is not valid: use only the letters A–Z and the digits 2–7.");
    case StoreError::Busy:
        return StoreText::tr("Another Sandi program is saving the account list. Try again in a moment.");
    case StoreError::SecretNotLoaded:
        return StoreText::tr("The secret key of this account is not available, so no code can be shown.");
    case StoreError::NotHotp:
        return StoreText::tr("Only counter-based (HOTP) accounts have a next code to request.");
    case StoreError::CodeFailed:
        return StoreText::tr("The code could not be computed; the cryptographic library failed.");
    }
    return {};
}

QString secretStateText(SecretState state)
{
    switch (state) {
    case SecretState::NotRequested:
    case SecretState::Loading:
    case SecretState::Loaded:
        return {};
    case SecretState::Missing:
        return StoreText::tr("The secret key of this account is missing from %1. Remove the account and add it "
                             "again (for SPSE: do a Reset TOTP and scan the new QR code).")
            .arg(keychainName());
    case SecretState::Denied:
        return StoreText::tr("Access to %1 was refused, so this account's code cannot be shown. Allow Sandi to "
                             "use it, then try again.")
            .arg(keychainName());
    case SecretState::KeychainUnavailable:
        return StoreText::tr("No code can be shown: %1 is not available. %2").arg(keychainName(), keychainFixText());
    case SecretState::Failed:
        return StoreText::tr("Reading this account's secret key from %1 failed. Try again.").arg(keychainName());
    }
    return {};
}

QString readOnlyText(ReadOnlyReason reason)
{
    switch (reason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::KeychainUnavailable:
        return StoreText::tr("Read-only: %1 is not available, so accounts cannot be added or changed and no code "
                             "can be shown. %2")
            .arg(keychainName(), keychainFixText());
    case ReadOnlyReason::FileNotSecured:
        return StoreText::tr("Read-only: a damaged account list could not be moved aside, so Sandi does not "
                             "overwrite it. Check the permissions of Sandi's data folder, then restart Sandi.");
    }
    return {};
}

} // namespace sandi
