#pragma once
// Startup milestones for the desktop benchmark (bench/app/run.sh). Off unless the environment
// variable SANDI_REPORT_STARTUP names a file: then the window notes when main() began, when the
// list first painted a row, when the keychain returned the first secret and when a code was first
// painted, and writes those times to the file once, after the first code. Times are
// std::chrono::steady_clock nanoseconds (CLOCK_MONOTONIC on Linux, the clock of Python's
// time.monotonic_ns()), so the benchmark compares them with the time it started the process. The
// file holds times only: no code, no secret, no account name.

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace sandi {

class StartupReport
{
public:
    enum class Milestone
    {
        MainEntered,  // first line of main()
        RowPainted,   // the list painted its first row (a placeholder while the secret loads)
        SecretLoaded, // the keychain returned the first secret
        CodePainted,  // the list painted its first code; writes the report
    };

    static constexpr char kVariable[] = "SANDI_REPORT_STARTUP";

    // Reports to `path`; an empty path gives an inactive report that ignores every mark.
    explicit StartupReport(QString path = {});
    // Reports to the file SANDI_REPORT_STARTUP names, if it is set.
    [[nodiscard]] static StartupReport fromEnvironment();

    [[nodiscard]] static std::int64_t now();
    [[nodiscard]] bool isActive() const { return !m_path.isEmpty(); }
    [[nodiscard]] bool written() const { return m_written; }
    [[nodiscard]] bool reached(Milestone milestone) const;

    // Notes the first time `milestone` is reached (`at`: a now() value); later marks are ignored.
    // The first CodePainted writes the file.
    void mark(Milestone milestone, std::int64_t at = now());

    // The file's text: one "name_ns VALUE" line per milestone reached, in enum order.
    [[nodiscard]] QByteArray text() const;

private:
    static constexpr std::int64_t kNotReached = -1;
    QString m_path;
    std::array<std::int64_t, 4> m_times{kNotReached, kNotReached, kNotReached, kNotReached};
    bool m_written = false;
};

} // namespace sandi
