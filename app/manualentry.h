#pragma once
// What the add dialog collects, and its validation through the core: the window never decodes
// Base32 or checks OTP parameters itself. Errors come back as one translated sentence plus the
// field to point at.

#include "core/otp/otp.h"
#include "core/uri/otpauth.h"

#include <QString>

#include <tl/expected.hpp>

#include <optional>
#include <vector>

namespace sandi {

struct ManualEntry
{
    QString issuer;  // SPSE: the LPSE's name
    QString account; // SPSE: the user ID
    QString secret;  // Base32 as typed (spaces, dashes and lower case allowed)
    otp::Type type = otp::Type::Totp;
    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    int digits = otp::kDefaultDigits;
    int period = static_cast<int>(otp::kDefaultPeriod);
    quint64 counter = 0;
    qint64 t0 = 0;                           // kept from a link; the dialog does not offer it
    std::vector<uri::Parameter> extraParams; // carried over from a link, untouched
};

struct EntryError
{
    enum class Field
    {
        Name, // issuer and account are both empty
        Secret,
        Digits,
        Period,
        Algorithm,
        Link,
    };
    Field field = Field::Name;
    QString message; // translated, one sentence
};

// Validates `entry` and returns the account to hand to AccountStore::add(). Steam ignores digits
// and algorithm (always 5 characters, SHA-1).
[[nodiscard]] tl::expected<uri::OtpauthUri, EntryError> buildAccount(const ManualEntry& entry);

// Reads an otpauth:// link (a command-line argument, a pasted link) into fields for the add
// dialog, the secret re-encoded as Base32.
[[nodiscard]] tl::expected<ManualEntry, EntryError> entryFromLink(const QString& link);

// The rule for names, shared by adding and renaming: issuer and account may not both be blank.
[[nodiscard]] std::optional<EntryError> checkNames(const QString& issuer, const QString& account);

// True for arguments that look like a key URI and should open the add dialog.
[[nodiscard]] bool isOtpauthLink(const QString& argument);

} // namespace sandi
