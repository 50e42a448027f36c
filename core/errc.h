#pragma once
// The core's error codes. Names are stable: the app maps each one to translated text, tests and
// the CLI's JSON use errcName(). Add new codes at the end of their group; never reuse a name.

#include <cstdint>
#include <string_view>

namespace sandi {

enum class Errc : std::uint16_t
{
    // Base32 (RFC 4648)
    EmptySecret,
    InvalidBase32Character,
    InvalidBase32Length,

    // OTP parameters
    UnsupportedAlgorithm,
    InvalidDigits,
    InvalidPeriod,
    InvalidT0,
    TimeOutOfRange,
    CryptoFailure,

    // otpauth:// URIs
    NotOtpauthUri,
    UnsupportedOtpType,
    InvalidPercentEncoding,
    InvalidUtf8,
    MissingLabel,
    MissingSecret,
    InvalidSecret,
    DuplicateParameter,
    MissingCounter,
    InvalidCounter,
    MalformedUri,

    // otpauth-migration:// URIs (Google Authenticator export)
    NotMigrationUri,
    MissingMigrationData,
    InvalidBase64,
    MalformedProtobuf,
    UnsupportedMigrationEntry,

    // QR decoding of pixel buffers
    UnsupportedPixelFormat,
    InvalidImageSize,
    ImageTooLarge,
    ImageDataMissing,
    InvalidImageStride,
    QrDecoderFailure,

    // QR encoding
    QrDataTooLong,
    QrEncoderFailure,

    // Clock check: SNTP answers (RFC 4330) and HTTP Date headers (RFC 7231)
    SntpPacketTooShort,
    SntpBadVersion,
    SntpBadMode,
    SntpOriginateMismatch,
    SntpKissOfDeath,
    SntpBadStratum,
    SntpUnsynchronised,
    SntpNoTransmitTime,
    NoClockSamples,
    InvalidHttpDate,

    // JSON texts (files and protocol messages)
    InvalidJson,
    JsonTooDeep,
    JsonTooLarge,

    // Key derivation (scrypt) and password hashes
    InvalidKdfParams,
    InvalidPasswordHash,

    // Approval protocol (docs/approval-protocol.md): keys, JWS messages, enrollment parameters
    InvalidKey,
    InvalidJws,
    UnsupportedJwsAlgorithm,
    UnsupportedJwsHeader,
    BadSignature,
    MessageTooLarge,
    MalformedMessage,
    WrongMessageType,
    ChallengeExpired,
    ChallengeNotYetValid,
    ChallengeTooLong,
    WrongAccount,
    InvalidEnrollment,
    InsecureAcceptorUrl,
    PinMismatch,
    ServerRejected,

    // Import and backup: Sandi's encrypted backups (docs/backup-format.md), other apps' exports
    DecryptionFailed,
    WrongPassword,
    PasswordRequired,
    UnknownFileFormat,
    UnsupportedFormatVersion,
    CorruptedFile,
    FileTooLarge,
    InvalidBackupKey,
};

// Stable identifier, e.g. "InvalidBase32Character".
[[nodiscard]] std::string_view errcName(Errc code) noexcept;

// One English sentence for developers, logs and the CLI; the app shows its own translation.
[[nodiscard]] std::string_view errcMessage(Errc code) noexcept;

} // namespace sandi
