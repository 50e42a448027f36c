#pragma once
// The rule a backup password must meet. A backup file can be copied and attacked offline, so the
// password is its only protection. Sandi asks for what SPSE itself asks of its users (seed 003 of
// /work/shared/SPSE-CONTEXT.md: at least 10 characters with upper and lower case, digits and
// punctuation), which SPSE users already know how to make, or, as NIST SP 800-63B favours length
// over composition, a passphrase of at least 16 characters of any kind.

#include <QString>

namespace sandi {

inline constexpr int kBackupPasswordMinLength = 10;   // SPSE's rule
inline constexpr int kBackupPassphraseMinLength = 16; // any characters

enum class PasswordProblem
{
    None,
    Empty,
    TooShort,     // fewer than 10 characters
    NeedsVariety, // 10–15 characters without all of: upper case, lower case, digit, punctuation
    NotTheSame,   // the two entries differ
};

// Checks `password` against the rule (characters are Unicode code points, so "é" counts once),
// then that `repeated` is the same.
[[nodiscard]] PasswordProblem checkBackupPassword(const QString& password, const QString& repeated);

// The rule in one translated sentence, for the password dialog.
[[nodiscard]] QString backupPasswordRuleText();

// What is wrong, translated, saying what is missing for NeedsVariety; empty for None.
[[nodiscard]] QString passwordProblemText(PasswordProblem problem, const QString& password = {});

} // namespace sandi
