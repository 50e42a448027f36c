#include "app/cli/storesession.h"

#include "app/store/storemessages.h"

#include <algorithm>
#include <ostream>
#include <utility>

namespace sandi::cli {

StoreSession::StoreSession(StoreContext context, std::function<void(Exit)> finished)
    : m_context(std::move(context)), m_store(m_context.store.dataDir, m_context.store.secrets, this),
      m_finished(std::move(finished))
{}

StoreSession::~StoreSession()
{
    // One at a time, asking again each time: deleting one child may delete another.
    for (;;) {
        const QObjectList& children = this->children();
        const auto other = std::find_if(children.cbegin(), children.cend(),
                                        [this](const QObject* child) { return child != &m_store; });
        if (other == children.cend()) {
            break;
        }
        delete *other;
    }
}

void StoreSession::finish(Exit exit)
{
    auto finished = std::exchange(m_finished, nullptr);
    deleteLater();
    if (finished) {
        finished(exit);
    }
}

void StoreSession::fail(const QString& message, Exit exit)
{
    io().err << "sandi-cli: " << message.toStdString() << '\n';
    finish(exit);
}

void StoreSession::whenLoaded(std::function<void()> next)
{
    connect(
        &m_store, &AccountStore::loaded, this,
        [this, next = std::move(next)](const LoadReport& report) {
            if (const QString text = loadReportText(report); !text.isEmpty()) {
                io().err << "sandi-cli: " << text.toStdString() << '\n';
            }
            next();
        },
        Qt::SingleShotConnection);
}

} // namespace sandi::cli
