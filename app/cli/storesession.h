#pragma once
// The shape every sandi-cli command over the account store shares: one object per run that owns
// the store, finishes exactly once (reporting the exit status) and then deletes itself.

#include "app/cli/storecommands.h"
#include "app/store/accountstore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sandi::cli {

class StoreSession : public QObject
{
public:
    StoreSession(StoreContext context, std::function<void(Exit)> finished);
    // Deletes the session's other children (an import, an enrolling service: they hold the store's
    // address) while the store is still there; QObject would delete them only after it.
    ~StoreSession() override;

    AccountStore& store() { return m_store; }
    [[nodiscard]] Io io() const { return m_context.io; }
    [[nodiscard]] std::int64_t now() const { return m_context.now; }
    [[nodiscard]] const StoreContext& context() const { return m_context; }

    // Reports `exit` (once; later calls do nothing) and deletes the session from the event loop.
    void finish(Exit exit);
    // Prints "sandi-cli: message" on stderr, then finish(exit).
    void fail(const QString& message, Exit exit = Exit::BadInput);
    // Once the store has loaded (load() is the caller's, to choose how secrets load): warns on
    // stderr about a recovered or unreadable file, then calls `next`.
    void whenLoaded(std::function<void()> next);

protected:
    StoreContext m_context;
    AccountStore m_store;

private:
    std::function<void(Exit)> m_finished;
};

} // namespace sandi::cli
