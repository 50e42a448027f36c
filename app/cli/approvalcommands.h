#pragma once
// sandi-cli's login-approval commands (docs/approval-protocol.md): approvals lists the login
// requests waiting for an answer, approve and deny answer one; and the enrollment that `add`
// starts for a link with acceptor parameters. They use ApprovalService, the window's code.

#include "app/cli/storecommands.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sandi {
class AccountStore;
class ApprovalService;
} // namespace sandi

namespace sandi::cli {

// How long a poll may stay unanswered before sandi-cli takes it as "nothing is waiting": the
// acceptor answers at once while a request is pending and otherwise holds the poll for 25 s, and
// the protocol has no poll that does not wait (docs/approval-protocol.md §7).
inline constexpr int kQuietPollMs = 2'000;

[[nodiscard]] bool isApprovalCommand(const QString& command);
void startApprovalCommand(const QString& command, const QStringList& args, StoreContext context,
                          std::function<void(Exit)> finished);

// An approval service for `add`, parented to `parent`: it enrolls an account whose link carries
// acceptor parameters as soon as the store has saved it.
[[nodiscard]] ApprovalService* enrollingService(AccountStore* store, const StoreContext& context, QObject* parent);
// After add() saved account `id`: waits for its enrollment, if one was started, prints the result
// and calls `finished` (Ok, or BadInput when login approval could not be activated).
void reportEnrollment(ApprovalService* service, const QString& id, Io io, std::function<void(Exit)> finished);

} // namespace sandi::cli
