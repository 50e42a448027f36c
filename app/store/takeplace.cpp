#include "app/store/takeplace.h"

#include <QMetaObject>

#include <algorithm>

namespace sandi {

void takePlaceOf(AccountStore* store, const QString& newId, const QString& oldId, AccountStore::Done done)
{
    const auto& list = store->accounts();
    const auto old = std::find_if(list.cbegin(), list.cend(), [&](const Account& a) { return a.id == oldId; });
    if (old == list.cend()) {
        QMetaObject::invokeMethod(
            store,
            [done = std::move(done), oldId] {
                done(StoreResult{StoreError::None, oldId, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    const int position = int(std::distance(list.cbegin(), old));
    // A failed move only leaves the new account at the end of the list: the old one still goes.
    store->move(newId, position,
                [store, oldId, done = std::move(done)](const StoreResult&) { store->remove(oldId, done); });
}

} // namespace sandi
