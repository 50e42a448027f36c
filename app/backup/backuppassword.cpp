#include "app/backup/backuppassword.h"

#include <QCoreApplication>
#include <QStringList>

namespace sandi {

namespace {

// The translation context of these sentences ("sandi::BackupPassword"), in a form lupdate reads.
struct PasswordText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::BackupPassword)
};

struct Variety
{
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool punctuation = false; // any other visible character: . , ! ? - _ @ # ...
    [[nodiscard]] bool complete() const { return upper && lower && digit && punctuation; }
};

Variety varietyOf(const QString& password)
{
    Variety variety;
    for (const char32_t c : password.toUcs4()) {
        if (QChar::isUpper(c)) {
            variety.upper = true;
        } else if (QChar::isLower(c)) {
            variety.lower = true;
        } else if (QChar::isDigit(c)) {
            variety.digit = true;
        } else if (!QChar::isSpace(c) && !QChar::isLetterOrNumber(c)) {
            variety.punctuation = true;
        }
    }
    return variety;
}

qsizetype codePoints(const QString& text)
{
    return text.toUcs4().size();
}

} // namespace

PasswordProblem checkBackupPassword(const QString& password, const QString& repeated)
{
    const qsizetype length = codePoints(password);
    if (length == 0) {
        return PasswordProblem::Empty;
    }
    if (length < kBackupPasswordMinLength) {
        return PasswordProblem::TooShort;
    }
    if (length < kBackupPassphraseMinLength && !varietyOf(password).complete()) {
        return PasswordProblem::NeedsVariety;
    }
    return password == repeated ? PasswordProblem::None : PasswordProblem::NotTheSame;
}

QString backupPasswordRuleText()
{
    return PasswordText::tr("At least %1 characters with upper and lower case letters, digits and punctuation (as "
                            "SPSE asks), or a phrase of %2 characters or more.")
        .arg(kBackupPasswordMinLength)
        .arg(kBackupPassphraseMinLength);
}

QString passwordProblemText(PasswordProblem problem, const QString& password)
{
    switch (problem) {
    case PasswordProblem::None:
        return {};
    case PasswordProblem::Empty:
        return PasswordText::tr("Enter a password.");
    case PasswordProblem::TooShort:
        return PasswordText::tr("The password is too short: at least %1 characters.").arg(kBackupPasswordMinLength);
    case PasswordProblem::NeedsVariety: {
        const Variety variety = varietyOf(password);
        QStringList missing;
        if (!variety.upper) {
            missing.append(PasswordText::tr("an upper case letter"));
        }
        if (!variety.lower) {
            missing.append(PasswordText::tr("a lower case letter"));
        }
        if (!variety.digit) {
            missing.append(PasswordText::tr("a digit"));
        }
        if (!variety.punctuation) {
            missing.append(PasswordText::tr("a punctuation mark"));
        }
        //: %1 lists what is missing, e.g. "a digit, a punctuation mark"; %2 is 16.
        return PasswordText::tr("Add %1, or make it a phrase of %2 characters or more.")
            .arg(missing.join(PasswordText::tr(", ", "list separator")))
            .arg(kBackupPassphraseMinLength);
    }
    case PasswordProblem::NotTheSame:
        return PasswordText::tr("The two passwords are not the same.");
    }
    return {};
}

} // namespace sandi
