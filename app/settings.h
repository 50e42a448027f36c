#pragma once
// The window program's preferences, typed, over QSettings. Never holds a secret: secrets live in
// the keychain, account metadata in the account store. (The app lock's scrypt hash is kept here: it
// is not reversible, and see app/lock/applock.h for why it is not in the keychain.)

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace sandi {

class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Language
    {
        System, // Indonesian when the system locale is Indonesian, else English
        Indonesian,
        English,
    };
    Q_ENUM(Language)

    static constexpr int kDefaultClipboardClearSeconds = 30;
    static constexpr int kMaxClipboardClearSeconds = 600;

    // The user's settings in the platform's usual place (organisation and application names).
    explicit Settings(QObject* parent = nullptr);
    // Settings in an INI file at `path` (tests, portable use).
    explicit Settings(const QString& path, QObject* parent = nullptr);
    ~Settings() override;

    [[nodiscard]] Language language() const;
    void setLanguage(Language language);
    // The language code the translator should load: "id" or "en", resolving System with `systemLocale`
    // (a BCP 47 name such as "id-ID" or "en_US").
    [[nodiscard]] QString effectiveLanguage(const QString& systemLocale) const;

    // Seconds after which a copied code is cleared from the clipboard; 0 = never.
    [[nodiscard]] int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    // Closing the window hides it to the tray (when a tray exists) instead of quitting.
    [[nodiscard]] bool closeToTray() const;
    void setCloseToTray(bool enabled);

    // Clock check (docs/clock.md): correct codes for a wrong system clock (on by default).
    [[nodiscard]] bool clockCorrection() const;
    void setClockCorrection(bool enabled);
    // Time servers as "host" or "host:port"; empty for the built-in pool servers.
    [[nodiscard]] QStringList clockServers() const;
    void setClockServers(const QStringList& servers);
    // An https:// URL whose Date header is read when no time server answers; empty for none.
    [[nodiscard]] QString clockFallbackUrl() const;
    void setClockFallbackUrl(const QString& url);

    // App lock (app/lock/applock.h). The PHC-style scrypt hash of the lock password
    // ("$scrypt$ln=15,…"), empty when the lock is off.
    static constexpr int kDefaultLockIdleMinutes = 5;
    static constexpr int kMaxLockIdleMinutes = 240;
    [[nodiscard]] QString lockPasswordHash() const;
    void setLockPasswordHash(const QString& hash);
    // Minutes without input to Sandi before it locks; 0 = never.
    [[nodiscard]] int lockIdleMinutes() const;
    void setLockIdleMinutes(int minutes);
    // Wrong lock passwords in a row, kept so that restarting Sandi does not reset the delay.
    [[nodiscard]] int lockFailedAttempts() const;
    void setLockFailedAttempts(int count);

    // Automatic encrypted backups (app/backup/backupservice.h): on or off, the folder (default: a
    // "Sandi" folder in the user's Documents), and how many of Sandi's backup files to keep.
    static constexpr int kDefaultBackupKeep = 10;
    static constexpr int kMaxBackupKeep = 100;
    [[nodiscard]] bool backupEnabled() const;
    void setBackupEnabled(bool enabled);
    [[nodiscard]] QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    [[nodiscard]] int backupKeep() const;
    void setBackupKeep(int keep);
    [[nodiscard]] static QString defaultBackupFolder();

    void sync();

Q_SIGNALS:
    void languageChanged(sandi::Settings::Language language);
    void clipboardClearSecondsChanged(int seconds);
    void closeToTrayChanged(bool enabled);
    void clockCorrectionChanged(bool enabled);
    // The servers or the fallback URL changed.
    void clockSourcesChanged();
    void lockIdleMinutesChanged(int minutes);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sandi
