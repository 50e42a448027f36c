#include "app/errortext.h"

#include <QCoreApplication>

namespace sandi {

namespace {

// The translation context of these messages ("sandi::Error"), in a form lupdate reads.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Error)
};

} // namespace

QString errorText(Errc code)
{
    switch (code) {
    case Errc::EmptySecret:
        return ErrorText::tr("The secret key is empty.");
    case Errc::InvalidBase32Character:
        return ErrorText::tr("The secret key contains a character that is not allowed (only A–Z and 2–7).");
    case Errc::InvalidBase32Length:
        return ErrorText::tr("The secret key has the wrong length; a character may be missing.");
    case Errc::UnsupportedAlgorithm:
        return ErrorText::tr("The algorithm is not supported; use SHA1, SHA256 or SHA512.");
    case Errc::InvalidDigits:
        return ErrorText::tr("The number of digits must be between 6 and 10.");
    case Errc::InvalidPeriod:
        return ErrorText::tr("The period must be between 1 and 86400 seconds.");
    case Errc::InvalidT0:
        return ErrorText::tr("The start time (T0) is not a valid number.");
    case Errc::TimeOutOfRange:
        return ErrorText::tr("The time is out of range.");
    case Errc::CryptoFailure:
        return ErrorText::tr("The cryptographic library failed; the code cannot be computed.");
    case Errc::NotOtpauthUri:
        return ErrorText::tr("This is not an otpauth:// link.");
    case Errc::UnsupportedOtpType:
        return ErrorText::tr("This kind of one-time code is not supported (only TOTP, HOTP and Steam).");
    case Errc::InvalidPercentEncoding:
        return ErrorText::tr("The link contains a broken %-escape.");
    case Errc::InvalidUtf8:
        return ErrorText::tr("The link or export contains text that is not valid UTF-8.");
    case Errc::MissingLabel:
        return ErrorText::tr("The link names neither an account nor an issuer.");
    case Errc::MissingSecret:
        return ErrorText::tr("The link has no secret key.");
    case Errc::InvalidSecret:
        return ErrorText::tr("The secret key in the link is not valid Base32.");
    case Errc::DuplicateParameter:
        return ErrorText::tr("The link gives the same parameter twice.");
    case Errc::MissingCounter:
        return ErrorText::tr("An HOTP link must give a counter.");
    case Errc::InvalidCounter:
        return ErrorText::tr("The counter is not a valid number.");
    case Errc::MalformedUri:
        return ErrorText::tr("The link is malformed.");
    case Errc::NotMigrationUri:
        return ErrorText::tr("This is not an otpauth-migration:// export link.");
    case Errc::MissingMigrationData:
        return ErrorText::tr("The export link has no data.");
    case Errc::InvalidBase64:
        return ErrorText::tr("The export data is damaged (invalid Base64).");
    case Errc::MalformedProtobuf:
        return ErrorText::tr("The export data is damaged or incomplete.");
    case Errc::UnsupportedMigrationEntry:
        return ErrorText::tr("The export holds an account of a kind that is not supported.");
    case Errc::UnsupportedPixelFormat:
        return ErrorText::tr("The picture has a pixel format that cannot be scanned.");
    case Errc::InvalidImageSize:
        return ErrorText::tr("The picture is empty.");
    case Errc::ImageTooLarge:
        return ErrorText::tr("The picture is too large to scan for a QR code.");
    case Errc::ImageDataMissing:
        return ErrorText::tr("The picture has no image data.");
    case Errc::InvalidImageStride:
        return ErrorText::tr("The picture's data is malformed.");
    case Errc::QrDecoderFailure:
        return ErrorText::tr("The QR code reader failed unexpectedly.");
    case Errc::QrDataTooLong:
        return ErrorText::tr("The account's details are too long to show as a QR code.");
    case Errc::QrEncoderFailure:
        return ErrorText::tr("The QR code could not be drawn.");
    case Errc::SntpPacketTooShort:
        return ErrorText::tr("The time server sent an incomplete answer.");
    case Errc::SntpBadVersion:
        return ErrorText::tr("The time server answered with an unsupported protocol version.");
    case Errc::SntpBadMode:
        return ErrorText::tr("The time server's answer is not a time server reply.");
    case Errc::SntpOriginateMismatch:
        return ErrorText::tr("The time server's answer does not belong to our request.");
    case Errc::SntpKissOfDeath:
        return ErrorText::tr("The time server refused to answer.");
    case Errc::SntpBadStratum:
        return ErrorText::tr("The time server's answer is invalid.");
    case Errc::SntpUnsynchronised:
        return ErrorText::tr("The time server's own clock is not synchronised.");
    case Errc::SntpNoTransmitTime:
        return ErrorText::tr("The time server's answer holds no time.");
    case Errc::NoClockSamples:
        return ErrorText::tr("No time server gave a usable answer.");
    case Errc::InvalidHttpDate:
        return ErrorText::tr("The web server sent an invalid date.");
    case Errc::InvalidJson:
        return ErrorText::tr("The file or message is damaged (not valid JSON).");
    case Errc::JsonTooDeep:
        return ErrorText::tr("The file or message is nested too deeply to be read.");
    case Errc::JsonTooLarge:
        return ErrorText::tr("The file or message is too large.");
    case Errc::InvalidKdfParams:
        return ErrorText::tr("The file asks for password protection settings that are invalid or too costly.");
    case Errc::InvalidPasswordHash:
        return ErrorText::tr("The stored password is damaged.");
    case Errc::InvalidKey:
        return ErrorText::tr("The approval key is damaged or of an unsupported kind.");
    case Errc::InvalidJws:
        return ErrorText::tr("A login approval message is damaged.");
    case Errc::UnsupportedJwsAlgorithm:
        return ErrorText::tr("A login approval message is not signed the way Sandi requires.");
    case Errc::UnsupportedJwsHeader:
        return ErrorText::tr("A login approval message uses a feature Sandi does not accept.");
    case Errc::BadSignature:
        return ErrorText::tr("A login approval message has an invalid signature; it may be forged.");
    case Errc::MessageTooLarge:
        return ErrorText::tr("A login approval message is too large.");
    case Errc::MalformedMessage:
        return ErrorText::tr("A login approval message is incomplete or invalid.");
    case Errc::WrongMessageType:
        return ErrorText::tr("A login approval message arrived in the wrong place.");
    case Errc::ChallengeExpired:
        return ErrorText::tr("This login request has expired.");
    case Errc::ChallengeNotYetValid:
        return ErrorText::tr("This login request is dated in the future; check the computer's clock.");
    case Errc::ChallengeTooLong:
        return ErrorText::tr("This login request claims to be valid for too long and was refused.");
    case Errc::WrongAccount:
        return ErrorText::tr("This login request is for a different account.");
    case Errc::InvalidEnrollment:
        return ErrorText::tr("The login approval information in the QR code is invalid.");
    case Errc::InsecureAcceptorUrl:
        return ErrorText::tr("The login approval server's address is not secure (https).");
    case Errc::PinMismatch:
        return ErrorText::tr(
            "The login approval server's key does not match the QR code; the connection may be intercepted.");
    case Errc::ServerRejected:
        return ErrorText::tr("The login approval server refused the request.");
    case Errc::DecryptionFailed:
        return ErrorText::tr("The data could not be decrypted: the key is wrong or the data was changed.");
    case Errc::WrongPassword:
        return ErrorText::tr("The password is wrong.");
    case Errc::PasswordRequired:
        return ErrorText::tr("This file is encrypted. Enter its password to open it.");
    case Errc::UnknownFileFormat:
        return ErrorText::tr("This file is not a backup or export that Sandi can read.");
    case Errc::UnsupportedFormatVersion:
        return ErrorText::tr(
            "This file was made by a newer version of the app that wrote it. Update Sandi to read it.");
    case Errc::CorruptedFile:
        return ErrorText::tr("The file is damaged or incomplete.");
    case Errc::FileTooLarge:
        return ErrorText::tr("The file is too large to be a backup or export.");
    case Errc::InvalidBackupKey:
        return ErrorText::tr("The saved key for automatic backups is damaged. Set the backup password again.");
    }
    return ErrorText::tr("Unknown error.");
}

QString entryErrorText(Errc code)
{
    switch (code) {
    case Errc::MissingSecret:
        return ErrorText::tr("The entry has no secret key.");
    case Errc::InvalidSecret:
        return ErrorText::tr("The entry's secret key is not valid Base32.");
    case Errc::MissingLabel:
        return ErrorText::tr("The entry names neither an account nor an issuer.");
    default:
        return errorText(code);
    }
}

} // namespace sandi
