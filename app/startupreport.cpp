#include "app/startupreport.h"

#include <QSaveFile>

#include <chrono>
#include <utility>

namespace sandi {

namespace {

constexpr const char* kNames[] = {"main_entered_ns", "row_painted_ns", "secret_loaded_ns", "code_painted_ns"};

std::size_t indexOf(StartupReport::Milestone milestone)
{
    return static_cast<std::size_t>(milestone);
}

} // namespace

StartupReport::StartupReport(QString path) : m_path(std::move(path)) {}

StartupReport StartupReport::fromEnvironment()
{
    return StartupReport(qEnvironmentVariable(kVariable));
}

std::int64_t StartupReport::now()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool StartupReport::reached(Milestone milestone) const
{
    return m_times.at(indexOf(milestone)) != kNotReached;
}

void StartupReport::mark(Milestone milestone, std::int64_t at)
{
    if (!isActive() || reached(milestone)) {
        return;
    }
    m_times.at(indexOf(milestone)) = at;
    if (milestone != Milestone::CodePainted || m_written) {
        return;
    }
    m_written = true;
    // QSaveFile renames a complete file into place, so the benchmark never reads half of it.
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text());
        (void)file.commit();
    }
}

QByteArray StartupReport::text() const
{
    QByteArray out;
    for (std::size_t i = 0; i < m_times.size(); ++i) {
        if (m_times.at(i) != kNotReached) {
            out += kNames[i];
            out += ' ';
            out += QByteArray::number(static_cast<qlonglong>(m_times.at(i)));
            out += '\n';
        }
    }
    return out;
}

} // namespace sandi
