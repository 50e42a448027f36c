#include "app/codecopier.h"

#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/errortext.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "core/crypto/secretbytes.h"

#include <QPointer>

#include <utility>

namespace sandi {

CodeCopier::CodeCopier(AccountStore* store, AccountListModel* model, ClipboardGuard* clipboard, Clock now,
                       QObject* parent)
    : QObject(parent), m_store(store), m_model(model), m_clipboard(clipboard), m_now(std::move(now))
{}

void CodeCopier::copy(const QString& id)
{
    const Account* account = m_store->find(id);
    if (!account) {
        Q_EMIT copyFailed(id, tr("This account no longer exists."));
        return;
    }
    if (!m_store->hasSecret(id)) {
        Q_EMIT copyFailed(id, unavailableText(id));
        return;
    }
    if (account->params.timeBased()) {
        copyTotp(id);
    } else {
        copyHotp(id);
    }
}

void CodeCopier::copyTotp(const QString& id)
{
    auto code = m_store->code(id, m_now());
    if (!code) {
        Q_EMIT copyFailed(id, errorText(code.error().code));
        return;
    }
    m_clipboard->copy(QString::fromStdString(*code));
    secureWipe(*code);
    Q_EMIT copied(id);
}

void CodeCopier::copyHotp(const QString& id)
{
    if (m_store->readOnly()) {
        Q_EMIT copyFailed(id, tr("Sandi cannot save the counter right now, so it cannot give a new code."));
        return;
    }
    QPointer<CodeCopier> self(this);
    m_store->advanceHotp(id, [self, id](StoreResult result, std::string code) {
        if (!self) {
            secureWipe(code);
            return;
        }
        if (!result.ok()) {
            Q_EMIT self->copyFailed(id, storeErrorText(result.error));
            return;
        }
        const QString text = QString::fromStdString(code);
        secureWipe(code);
        self->m_model->showHotpCode(id, text);
        self->m_clipboard->copy(text);
        Q_EMIT self->copied(id);
    });
}

QString CodeCopier::unavailableText(const QString& id) const
{
    const QModelIndex index = m_model->indexOfId(id);
    const auto state = static_cast<AccountListModel::State>(index.data(AccountListModel::StateRole).toInt());
    switch (state) {
    case AccountListModel::State::SecretMissing:
        return tr("The secret key of this account is missing from the keychain. Delete the account and add it "
                  "again.");
    case AccountListModel::State::Locked:
        return tr("The keychain is locked or unavailable, so Sandi cannot read the secret key.");
    case AccountListModel::State::Loading:
    case AccountListModel::State::Ready:
        break;
    }
    return tr("The secret key is still loading. Try again in a moment.");
}

} // namespace sandi
