#pragma once
// ApprovalService's inside, shared by approvalservice.cpp (polling, prompts, answers) and
// approvalenroll.cpp (enrollment, pollOnce). Include nowhere else.

#include "app/approval/acceptorconnection.h"
#include "app/approval/approvalservice.h"
#include "app/approval/pollloop.h"
#include "core/crypto/ecdsa.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sandi {

// One enrolled account whose device key is (being) read from the keychain.
struct ApprovalService::Device
{
    QString accountId;
    EnrollmentRecord record;
    std::optional<crypto::EcPrivateKey> key; // empty while the keychain read runs
    bool loading = false;
    std::vector<std::function<void(Device*)>> waiting; // withDevice() calls during the read
    std::unique_ptr<AcceptorConnection> connection;
    std::unique_ptr<PollLoop> loop;
};

struct ApprovalService::PromptEntry
{
    ApprovalPrompt prompt;
    std::unique_ptr<QObject> expiry; // deleting it cancels the expiry wait
    bool answering = false;
};

} // namespace sandi
