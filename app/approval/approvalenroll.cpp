// ApprovalService: enrollment (docs/approval-protocol.md §2, §4, §5.1–5.2). The device key is made
// here, stored in the keychain before the acceptor hears of it, and removed again if the
// enrollment fails, so a failure leaves nothing behind but the working TOTP account.
#include "app/approval/approvalservice.h"

#include "app/approval/approvalservice_p.h"
#include "app/approval/approvaltext.h"
#include "app/keychain/secretstore.h"
#include "app/store/accountstore.h"
#include "core/approval/enroll.h"

#include <QLoggingCategory>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcApproval)

namespace sandi {

namespace {

EnrollmentReason reasonOf(const HttpOutcome& outcome)
{
    switch (outcome.kind) {
    case HttpOutcome::Kind::Unreachable:
    case HttpOutcome::Kind::Timeout:
        return EnrollmentReason::Unreachable;
    case HttpOutcome::Kind::CertificateRejected:
        return EnrollmentReason::Certificate;
    case HttpOutcome::Kind::TooLarge:
        return EnrollmentReason::BadResponse;
    case HttpOutcome::Kind::Response:
        break;
    }
    switch (outcome.rejection().value_or(approval::Rejection::Malformed)) {
    case approval::Rejection::EnrollTokenExpired:
        return EnrollmentReason::TokenExpired;
    case approval::Rejection::EnrollTokenUsed:
        return EnrollmentReason::TokenUsed;
    case approval::Rejection::UnknownEnrollToken:
        return EnrollmentReason::TokenUnknown;
    case approval::Rejection::StaleRequest:
        return EnrollmentReason::Clock;
    default:
        break;
    }
    return EnrollmentReason::Refused;
}

} // namespace

void ApprovalService::enrollOffered(const QString& accountId, const EnrollmentOffer& offer)
{
    if (!offer.enrollment) {
        setOverride(accountId, ApprovalState::Enrolling, approvaltext::enrolling());
        qCWarning(lcApproval) << "activation link of" << accountId
                              << "has unusable approval parameters:" << QLatin1StringView(errcName(offer.problem));
        enrollFailed(accountId,
                     offer.problem == Errc::InsecureAcceptorUrl ? EnrollmentReason::InsecureUrl
                                                                : EnrollmentReason::InvalidLink,
                     {});
        return;
    }
    enroll(accountId, *offer.enrollment);
}

void ApprovalService::enroll(const QString& accountId, const approval::Enrollment& enrollment)
{
    if (m_overrides.value(accountId).state == ApprovalState::Enrolling) {
        return; // one at a time per account
    }
    dropDevice(accountId); // a new enrollment replaces the old one (and revokes it at the acceptor)
    setOverride(accountId, ApprovalState::Enrolling, approvaltext::enrolling());
    const auto url = approval::normaliseAcceptorUrl(enrollment.acceptor, m_policy);
    if (!url) {
        const bool insecure = url.error().code == Errc::InsecureAcceptorUrl;
        return enrollFailed(accountId, insecure ? EnrollmentReason::InsecureUrl : EnrollmentReason::InvalidLink,
                            QString::fromStdString(enrollment.acceptor));
    }
    if (enrollment.expires * 1000 < m_nowMs()) {
        return enrollFailed(accountId, EnrollmentReason::TokenExpired, QString::fromStdString(*url));
    }
    auto key = crypto::EcPrivateKey::generate();
    auto pkcs8 = key ? key->pkcs8() : tl::unexpected(key.error());
    if (!pkcs8) {
        qCWarning(lcApproval) << "cannot make a device key:" << QString::fromStdString(pkcs8.error().detail);
        return enrollFailed(accountId, EnrollmentReason::Keychain, QString::fromStdString(*url));
    }
    approval::Enrollment checked = enrollment;
    checked.acceptor = *url;
    auto shared = std::make_shared<crypto::EcPrivateKey>(std::move(*key));
    // The key goes to the keychain first: an acceptor never binds a key Sandi could lose.
    m_secrets->write(
        deviceKeyName(accountId), *pkcs8, this, [this, accountId, checked, shared](const SecretResult& written) {
            if (!written.ok()) {
                qCWarning(lcApproval) << "device key not stored:" << int(written.status) << written.message;
                return enrollFailed(accountId, EnrollmentReason::Keychain, QString::fromStdString(checked.acceptor));
            }
            enrollSend(accountId, checked, shared);
        });
}

void ApprovalService::enrollSend(const QString& accountId, const approval::Enrollment& enrollment,
                                 std::shared_ptr<crypto::EcPrivateKey> key)
{
    const QString acceptor = QString::fromStdString(enrollment.acceptor);
    const auto body =
        approval::signEnrollRequest(*key, {enrollment.token, m_deviceName.left(64).toStdString(), m_nowMs() / 1000});
    if (!body) {
        m_secrets->remove(deviceKeyName(accountId), this, [](const SecretResult&) {});
        return enrollFailed(accountId, EnrollmentReason::Refused, acceptor);
    }
    // Its own connection, checked against this enrollment's pin; dropped when the answer is in.
    auto* connection = new AcceptorConnection(acceptor, enrollment.pin,
                                              QSslCertificate::fromData(m_extraCa.join('\n'), QSsl::Pem), this);
    const approval::Pin pin = enrollment.pin;
    connection->post(approval::kEnrollPath, QByteArray::fromStdString(*body),
                     [this, connection, accountId, acceptor, pin](const HttpOutcome& outcome) {
                         connection->deleteLater();
                         std::optional<approval::EnrollResponse> response;
                         EnrollmentReason reason = EnrollmentReason::None;
                         if (outcome.isStatus(200)) {
                             auto read = approval::readEnrollResponse(
                                 std::string_view(outcome.body.constData(), std::size_t(outcome.body.size())), pin);
                             if (read) {
                                 response = std::move(*read);
                             } else {
                                 reason = read.error().code == Errc::PinMismatch ? EnrollmentReason::Certificate
                                                                                 : EnrollmentReason::BadResponse;
                             }
                         } else {
                             reason = reasonOf(outcome);
                         }
                         qCInfo(lcApproval)
                             << "enrollment of" << accountId << "at" << acceptor << ":" << int(outcome.kind)
                             << outcome.status << outcome.detail << reasonName(reason);
                         if (!response) {
                             m_secrets->remove(deviceKeyName(accountId), this, [](const SecretResult&) {});
                             return enrollFailed(accountId, reason, acceptor);
                         }
                         EnrollmentRecord record;
                         record.state = EnrollmentRecord::State::Active;
                         record.acceptor = acceptor;
                         record.pin = pin;
                         record.deviceId = QString::fromStdString(response->deviceId);
                         record.acceptorKey = response->acceptorKey;
                         record.site = QString::fromStdString(response->site);
                         record.account = QString::fromStdString(response->account);
                         enrollSucceeded(accountId, std::move(record));
                     });
}

void ApprovalService::enrollSucceeded(const QString& accountId, EnrollmentRecord record)
{
    const QString site = record.site;
    const QString account = record.account;
    m_store->setAcceptor(
        accountId, record.toJson(m_nowMs()), [this, accountId, site, account](const StoreResult& saved) {
            if (!saved.ok()) {
                // The account went away meanwhile, or the file cannot be written: nothing may stay behind.
                qCWarning(lcApproval) << "enrollment of" << accountId << "not saved:" << saved.detail;
                m_secrets->remove(deviceKeyName(accountId), this, [](const SecretResult&) {});
                m_overrides.remove(accountId);
                if (m_store->find(accountId) != nullptr) {
                    setOverride(accountId, ApprovalState::EnrollFailed,
                                approvaltext::reason(EnrollmentReason::NotSaved));
                }
                Q_EMIT enrollmentFinished(accountId, false, approvaltext::enrollFailed(EnrollmentReason::NotSaved));
                return;
            }
            clearOverride(accountId);
            sync(); // starts polling when the service runs
            Q_EMIT enrollmentFinished(accountId, true, approvaltext::enrolled(site, account));
        });
}

void ApprovalService::enrollFailed(const QString& accountId, EnrollmentReason reason, const QString& acceptor)
{
    EnrollmentRecord record;
    record.state = EnrollmentRecord::State::Failed;
    record.reason = reason;
    record.acceptor = acceptor;
    // Kept with the account, so the window can say after a restart why approvals are not active.
    m_store->setAcceptor(accountId, record.toJson(m_nowMs()), [this, accountId, reason](const StoreResult& saved) {
        m_overrides.remove(accountId);
        if (!saved.ok() && m_store->find(accountId) != nullptr) {
            m_overrides.insert(accountId, Override{ApprovalState::EnrollFailed, approvaltext::reason(reason)});
        }
        announce(accountId);
        Q_EMIT enrollmentFinished(accountId, false, approvaltext::enrollFailed(reason));
    });
}

} // namespace sandi
