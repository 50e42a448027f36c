#include "core/errc.h"

namespace sandi {

namespace {

struct ErrcText
{
    std::string_view name;
    std::string_view message;
};

ErrcText text(Errc code) noexcept
{
    switch (code) {
    case Errc::EmptySecret:
        return {"EmptySecret", "The secret is empty."};
    case Errc::InvalidBase32Character:
        return {"InvalidBase32Character", "The secret contains a character that is not valid Base32."};
    case Errc::InvalidBase32Length:
        return {"InvalidBase32Length", "The secret has a length that no Base32 encoding can have."};
    case Errc::UnsupportedAlgorithm:
        return {"UnsupportedAlgorithm", "The algorithm is not supported (use SHA1, SHA256 or SHA512)."};
    case Errc::InvalidDigits:
        return {"InvalidDigits", "The number of digits must be between 6 and 10."};
    case Errc::InvalidPeriod:
        return {"InvalidPeriod", "The period must be between 1 and 86400 seconds."};
    case Errc::InvalidT0:
        return {"InvalidT0", "The start time (T0) is not a valid number of seconds."};
    case Errc::TimeOutOfRange:
        return {"TimeOutOfRange", "The time is too far from the start time to compute a code."};
    case Errc::CryptoFailure:
        return {"CryptoFailure", "The cryptographic library failed to compute a result."};
    case Errc::NotOtpauthUri:
        return {"NotOtpauthUri", "This is not an otpauth:// URI."};
    case Errc::UnsupportedOtpType:
        return {"UnsupportedOtpType", "The OTP type is not supported (use totp, hotp or steam)."};
    case Errc::InvalidPercentEncoding:
        return {"InvalidPercentEncoding", "The URI contains an invalid percent-encoded sequence."};
    case Errc::InvalidUtf8:
        return {"InvalidUtf8", "The text is not valid UTF-8."};
    case Errc::MissingLabel:
        return {"MissingLabel", "The URI names neither an account nor an issuer."};
    case Errc::MissingSecret:
        return {"MissingSecret", "The URI has no secret."};
    case Errc::InvalidSecret:
        return {"InvalidSecret", "The secret in the URI is not valid Base32."};
    case Errc::DuplicateParameter:
        return {"DuplicateParameter", "A parameter appears more than once in the URI."};
    case Errc::MissingCounter:
        return {"MissingCounter", "An HOTP URI must have a counter."};
    case Errc::InvalidCounter:
        return {"InvalidCounter", "The counter is not a valid non-negative number."};
    case Errc::MalformedUri:
        return {"MalformedUri", "The URI is malformed."};
    case Errc::NotMigrationUri:
        return {"NotMigrationUri", "This is not an otpauth-migration:// URI."};
    case Errc::MissingMigrationData:
        return {"MissingMigrationData", "The migration URI has no data parameter."};
    case Errc::InvalidBase64:
        return {"InvalidBase64", "The migration data is not valid Base64."};
    case Errc::MalformedProtobuf:
        return {"MalformedProtobuf", "The migration data is damaged or incomplete."};
    case Errc::UnsupportedMigrationEntry:
        return {"UnsupportedMigrationEntry", "The migration data holds an account of an unsupported kind."};
    case Errc::UnsupportedPixelFormat:
        return {"UnsupportedPixelFormat", "The image has an unsupported pixel format."};
    case Errc::InvalidImageSize:
        return {"InvalidImageSize", "The image has no pixels (its width or height is zero or negative)."};
    case Errc::ImageTooLarge:
        return {"ImageTooLarge", "The image is too large to scan for QR codes."};
    case Errc::ImageDataMissing:
        return {"ImageDataMissing", "The image has no pixel data."};
    case Errc::InvalidImageStride:
        return {"InvalidImageStride", "The image's row stride is shorter than one row of pixels."};
    case Errc::QrDecoderFailure:
        return {"QrDecoderFailure", "The QR decoder failed unexpectedly."};
    case Errc::QrDataTooLong:
        return {"QrDataTooLong", "The text is too long for a QR code."};
    case Errc::QrEncoderFailure:
        return {"QrEncoderFailure", "The QR code could not be drawn."};
    case Errc::SntpPacketTooShort:
        return {"SntpPacketTooShort", "The time server's answer is shorter than an SNTP packet."};
    case Errc::SntpBadVersion:
        return {"SntpBadVersion", "The time server's answer has an unsupported NTP version."};
    case Errc::SntpBadMode:
        return {"SntpBadMode", "The time server's answer is not a server reply."};
    case Errc::SntpOriginateMismatch:
        return {"SntpOriginateMismatch", "The time server's answer does not match the request (stale or spoofed)."};
    case Errc::SntpKissOfDeath:
        return {"SntpKissOfDeath", "The time server refused to answer (Kiss-o'-Death)."};
    case Errc::SntpBadStratum:
        return {"SntpBadStratum", "The time server's answer has an invalid stratum."};
    case Errc::SntpUnsynchronised:
        return {"SntpUnsynchronised", "The time server's own clock is not synchronised."};
    case Errc::SntpNoTransmitTime:
        return {"SntpNoTransmitTime", "The time server's answer has no transmit time."};
    case Errc::NoClockSamples:
        return {"NoClockSamples", "No usable time sample was received."};
    case Errc::InvalidHttpDate:
        return {"InvalidHttpDate", "The HTTP Date header is not a valid GMT date."};
    case Errc::InvalidJson:
        return {"InvalidJson", "The text is not valid JSON."};
    case Errc::JsonTooDeep:
        return {"JsonTooDeep", "The JSON text is nested too deeply."};
    case Errc::JsonTooLarge:
        return {"JsonTooLarge", "The JSON text is too large."};
    case Errc::InvalidKdfParams:
        return {"InvalidKdfParams", "The key derivation parameters are invalid or too costly."};
    case Errc::InvalidPasswordHash:
        return {"InvalidPasswordHash", "The stored password hash is malformed."};
    case Errc::InvalidKey:
        return {"InvalidKey", "The key is not a valid P-256 key in the expected format."};
    case Errc::InvalidJws:
        return {"InvalidJws", "The message is not a well-formed JWS in compact serialisation."};
    case Errc::UnsupportedJwsAlgorithm:
        return {"UnsupportedJwsAlgorithm",
                "The message is signed with an algorithm other than ES256, or not signed at all."};
    case Errc::UnsupportedJwsHeader:
        return {"UnsupportedJwsHeader",
                "The message's JWS header has a parameter Sandi does not accept (such as crit)."};
    case Errc::BadSignature:
        return {"BadSignature", "The message's signature does not verify with the expected key."};
    case Errc::MessageTooLarge:
        return {"MessageTooLarge", "The message exceeds the protocol's size limit."};
    case Errc::MalformedMessage:
        return {"MalformedMessage", "The message's content is missing a field or has an invalid one."};
    case Errc::WrongMessageType:
        return {"WrongMessageType", "The message is of another type than expected here."};
    case Errc::ChallengeExpired:
        return {"ChallengeExpired", "The login request has expired."};
    case Errc::ChallengeNotYetValid:
        return {"ChallengeNotYetValid", "The login request is dated in the future (check the clock)."};
    case Errc::ChallengeTooLong:
        return {"ChallengeTooLong", "The login request claims a lifetime longer than the protocol allows."};
    case Errc::WrongAccount:
        return {"WrongAccount", "The login request is for another account than this one."};
    case Errc::InvalidEnrollment:
        return {"InvalidEnrollment", "The login approval parameters in the otpauth URI are missing or invalid."};
    case Errc::InsecureAcceptorUrl:
        return {"InsecureAcceptorUrl",
                "The acceptor address is not https (plain http is allowed only to this computer in development)."};
    case Errc::PinMismatch:
        return {"PinMismatch", "The acceptor's key does not match the pin in the enrollment QR code."};
    case Errc::ServerRejected:
        return {"ServerRejected", "The acceptor refused the request; the detail names its reason."};
    case Errc::DecryptionFailed:
        return {"DecryptionFailed", "Authenticated decryption failed: wrong key, or the data was changed."};
    case Errc::WrongPassword:
        return {"WrongPassword", "The password is wrong (or the file's key slot is damaged)."};
    case Errc::PasswordRequired:
        return {"PasswordRequired", "The file is encrypted: a password is needed to read it."};
    case Errc::UnknownFileFormat:
        return {"UnknownFileFormat", "The file is not in a format Sandi can import."};
    case Errc::UnsupportedFormatVersion:
        return {"UnsupportedFormatVersion", "The file was written by a newer version of its format."};
    case Errc::CorruptedFile:
        return {"CorruptedFile", "The file is damaged or incomplete."};
    case Errc::FileTooLarge:
        return {"FileTooLarge", "The file is too large to be a backup or export."};
    case Errc::InvalidBackupKey:
        return {"InvalidBackupKey", "The stored backup key is malformed."};
    }
    return {"Unknown", "Unknown error."};
}

} // namespace

std::string_view errcName(Errc code) noexcept
{
    return text(code).name;
}

std::string_view errcMessage(Errc code) noexcept
{
    return text(code).message;
}

} // namespace sandi
