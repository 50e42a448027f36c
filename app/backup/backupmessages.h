#pragma once
// The sentences the user reads about automatic backups, translated (context
// "sandi::BackupMessages"): what went wrong and what to do, when the last backup was written, and
// the quiet note in the main window when the accounts have no backup.

#include "app/backup/backupjob.h"

#include <QDateTime>
#include <QString>

namespace sandi {

class BackupService;

// Empty for BackupError::None. `folder` is named where it helps.
[[nodiscard]] QString backupErrorText(BackupError error, const QString& folder = {});

// "Last backup: Tuesday, 24 November 2026 14.05 (3 kept)", "Creating the backup key…", or why
// there is none; for the settings page.
[[nodiscard]] QString backupStatusText(const BackupService& backup);

// Whether the user should be warned: backups are off or not working, or none was written yet,
// while there are accounts to lose.
[[nodiscard]] bool backupNeedsAttention(const BackupService& backup, int accountCount);

// The warning itself (for the main window and the settings page); empty when none is needed.
[[nodiscard]] QString backupWarningText(const BackupService& backup, int accountCount);

} // namespace sandi
