#include "app/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

const QString kLanguageKey = u"ui/language"_s;
const QString kClipboardKey = u"clipboard/clearSeconds"_s;
const QString kCloseToTrayKey = u"ui/closeToTray"_s;
const QString kClockCorrectionKey = u"clock/correction"_s;
const QString kClockServersKey = u"clock/servers"_s;
const QString kClockFallbackKey = u"clock/fallbackUrl"_s;
const QString kLockHashKey = u"lock/passwordHash"_s;
const QString kLockIdleKey = u"lock/idleMinutes"_s;
const QString kLockFailuresKey = u"lock/failedAttempts"_s;
const QString kBackupEnabledKey = u"backup/enabled"_s;
const QString kBackupFolderKey = u"backup/folder"_s;
const QString kBackupKeepKey = u"backup/keep"_s;

QString languageName(Settings::Language language)
{
    switch (language) {
    case Settings::Language::Indonesian:
        return u"id"_s;
    case Settings::Language::English:
        return u"en"_s;
    case Settings::Language::System:
        break;
    }
    return u"system"_s;
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent),
      m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, u"Sandi"_s, u"sandi"_s))
{}

Settings::Settings(const QString& path, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

Settings::~Settings() = default;

Settings::Language Settings::language() const
{
    const QString value = m_settings->value(kLanguageKey).toString();
    if (value == u"id"_s) {
        return Language::Indonesian;
    }
    if (value == u"en"_s) {
        return Language::English;
    }
    return Language::System; // also for an unknown value written by a newer version
}

void Settings::setLanguage(Language language)
{
    if (language == this->language()) {
        return;
    }
    m_settings->setValue(kLanguageKey, languageName(language));
    Q_EMIT languageChanged(language);
}

QString Settings::effectiveLanguage(const QString& systemLocale) const
{
    switch (language()) {
    case Language::Indonesian:
        return u"id"_s;
    case Language::English:
        return u"en"_s;
    case Language::System:
        break;
    }
    // "id", "id-ID", "id_ID.UTF-8"; "in" is the pre-1989 ISO 639 code some systems still report.
    const QString lang = systemLocale.left(2).toLower();
    const bool indonesian =
        (lang == u"id"_s || lang == u"in"_s) && (systemLocale.size() == 2 || !systemLocale.at(2).isLetter());
    return indonesian ? u"id"_s : u"en"_s;
}

int Settings::clipboardClearSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kClipboardKey, kDefaultClipboardClearSeconds).toInt(&ok);
    return ok ? std::clamp(seconds, 0, kMaxClipboardClearSeconds) : kDefaultClipboardClearSeconds;
}

void Settings::setClipboardClearSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, kMaxClipboardClearSeconds);
    if (seconds == clipboardClearSeconds()) {
        return;
    }
    m_settings->setValue(kClipboardKey, seconds);
    Q_EMIT clipboardClearSecondsChanged(seconds);
}

bool Settings::closeToTray() const
{
    return m_settings->value(kCloseToTrayKey, true).toBool();
}

void Settings::setCloseToTray(bool enabled)
{
    if (enabled == closeToTray()) {
        return;
    }
    m_settings->setValue(kCloseToTrayKey, enabled);
    Q_EMIT closeToTrayChanged(enabled);
}

bool Settings::clockCorrection() const
{
    return m_settings->value(kClockCorrectionKey, true).toBool();
}

void Settings::setClockCorrection(bool enabled)
{
    if (enabled == clockCorrection()) {
        return;
    }
    m_settings->setValue(kClockCorrectionKey, enabled);
    Q_EMIT clockCorrectionChanged(enabled);
}

QStringList Settings::clockServers() const
{
    QStringList servers = m_settings->value(kClockServersKey).toStringList();
    for (QString& server : servers) {
        server = server.trimmed();
    }
    servers.removeAll(QString());
    return servers;
}

void Settings::setClockServers(const QStringList& servers)
{
    if (servers == clockServers()) {
        return;
    }
    m_settings->setValue(kClockServersKey, servers);
    Q_EMIT clockSourcesChanged();
}

QString Settings::clockFallbackUrl() const
{
    return m_settings->value(kClockFallbackKey).toString().trimmed();
}

void Settings::setClockFallbackUrl(const QString& url)
{
    if (url.trimmed() == clockFallbackUrl()) {
        return;
    }
    m_settings->setValue(kClockFallbackKey, url.trimmed());
    Q_EMIT clockSourcesChanged();
}

QString Settings::lockPasswordHash() const
{
    return m_settings->value(kLockHashKey).toString();
}

void Settings::setLockPasswordHash(const QString& hash)
{
    if (hash.isEmpty()) {
        m_settings->remove(kLockHashKey);
    } else {
        m_settings->setValue(kLockHashKey, hash);
    }
}

int Settings::lockIdleMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kLockIdleKey, kDefaultLockIdleMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaxLockIdleMinutes) : kDefaultLockIdleMinutes;
}

void Settings::setLockIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, kMaxLockIdleMinutes);
    if (minutes == lockIdleMinutes()) {
        return;
    }
    m_settings->setValue(kLockIdleKey, minutes);
    Q_EMIT lockIdleMinutesChanged(minutes);
}

int Settings::lockFailedAttempts() const
{
    return std::max(0, m_settings->value(kLockFailuresKey, 0).toInt());
}

void Settings::setLockFailedAttempts(int count)
{
    if (count <= 0) {
        m_settings->remove(kLockFailuresKey);
    } else {
        m_settings->setValue(kLockFailuresKey, count);
    }
}

bool Settings::backupEnabled() const
{
    return m_settings->value(kBackupEnabledKey, false).toBool();
}

void Settings::setBackupEnabled(bool enabled)
{
    m_settings->setValue(kBackupEnabledKey, enabled);
}

QString Settings::backupFolder() const
{
    const QString folder = m_settings->value(kBackupFolderKey).toString();
    return folder.isEmpty() ? defaultBackupFolder() : folder;
}

void Settings::setBackupFolder(const QString& folder)
{
    m_settings->setValue(kBackupFolderKey, QDir::cleanPath(folder));
}

int Settings::backupKeep() const
{
    bool ok = false;
    const int keep = m_settings->value(kBackupKeepKey, kDefaultBackupKeep).toInt(&ok);
    return ok ? std::clamp(keep, 1, kMaxBackupKeep) : kDefaultBackupKeep;
}

void Settings::setBackupKeep(int keep)
{
    m_settings->setValue(kBackupKeepKey, std::clamp(keep, 1, kMaxBackupKeep));
}

QString Settings::defaultBackupFolder()
{
    // A folder name, not a sentence: the same in every language, so that it is found again.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"Sandi"_s);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace sandi
