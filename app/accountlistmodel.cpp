#include "app/accountlistmodel.h"

#include "app/approval/approvalprompt.h"
#include "core/crypto/secretbytes.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

struct AccountListModel::Row
{
    QString id;
    QString issuer;
    QString name;
    otp::Params params;
    State state = State::Loading;
    QString code;
    QString nextCode;
    qint64 step = std::numeric_limits<qint64>::min(); // the time step `code` belongs to
    int secondsLeft = 0;

    [[nodiscard]] bool sameView(const Row& o) const
    {
        return state == o.state && code == o.code && nextCode == o.nextCode && secondsLeft == o.secondsLeft;
    }
};

namespace {

const QList<int> kCodeRoles = {AccountListModel::CodeRole,     AccountListModel::GroupedCodeRole,
                               AccountListModel::NextCodeRole, AccountListModel::SecondsLeftRole,
                               AccountListModel::StateRole,    Qt::AccessibleTextRole};

QString fromResult(Result<std::string> result)
{
    if (!result) {
        return {};
    }
    QString text = QString::fromStdString(*result);
    secureWipe(*result);
    return text;
}

// The store's accounts in list order.
QList<const Account*> ordered(const QList<Account>& accounts)
{
    QList<const Account*> list;
    list.reserve(accounts.size());
    for (const Account& account : accounts) {
        list.append(&account);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Account* a, const Account* b) { return a->sortOrder < b->sortOrder; });
    return list;
}

} // namespace

QString groupCode(const QString& code)
{
    const bool digits = std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
    if (!digits || code.size() < otp::kMinDigits || code.size() > otp::kMaxDigits) {
        return code;
    }
    // Group lengths for 6..10 digits: threes and fours, never a digit alone.
    static const QList<int> kGroups[] = {{3, 3}, {3, 4}, {4, 4}, {3, 3, 3}, {3, 3, 4}};
    QString out;
    qsizetype at = 0;
    for (int length : kGroups[code.size() - otp::kMinDigits]) {
        out += (out.isEmpty() ? QString() : u" "_s) + code.mid(at, length);
        at += length;
    }
    return out;
}

AccountListModel::AccountListModel(AccountStore* store, QObject* parent) : QAbstractListModel(parent), m_store(store)
{
    connect(m_store, &AccountStore::loaded, this, &AccountListModel::refresh);
    connect(m_store, &AccountStore::accountsChanged, this, &AccountListModel::refresh);
    connect(m_store, &AccountStore::secretLoaded, this, &AccountListModel::onSecretChanged);
    connect(m_store, &AccountStore::secretFailed, this, [this](const QString& id) { onSecretChanged(id); });
    refresh();
}

AccountListModel::~AccountListModel() = default;

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayName(row);
    case Qt::AccessibleTextRole:
        return withApproval(accessibleText(row), row.id);
    case Qt::ToolTipRole:
        return approvalText(row.id);
    case IdRole:
        return row.id;
    case IssuerRole:
        return row.issuer;
    case NameRole:
        return row.name;
    case CodeRole:
        return row.code;
    case GroupedCodeRole:
        return groupCode(row.code);
    case NextCodeRole:
        return groupCode(row.nextCode);
    case SecondsLeftRole:
        return row.secondsLeft;
    case PeriodRole:
        return row.params.timeBased() ? static_cast<int>(row.params.period()) : 0;
    case TypeRole:
        return static_cast<int>(row.params.type());
    case StateRole:
        return static_cast<int>(row.state);
    case ApprovalRole:
        return approvalState(row.id) == static_cast<int>(ApprovalState::Active);
    case ApprovalStateRole:
        return approvalState(row.id);
    case ApprovalTextRole:
        return approvalText(row.id);
    case DigitsRole:
        return row.params.digits();
    default:
        return {};
    }
}

QString AccountListModel::displayName(const Row& row)
{
    if (row.issuer.isEmpty() || row.name.isEmpty()) {
        return row.issuer.isEmpty() ? row.name : row.issuer;
    }
    //: An account in the list: issuer (the LPSE's name), then the account (user ID)
    return tr("%1 (%2)").arg(row.issuer, row.name);
}

QString AccountListModel::accessibleText(const Row& row)
{
    const QString who = displayName(row);
    switch (row.state) {
    case State::Loading:
        return tr("%1: loading the secret key").arg(who);
    case State::SecretMissing:
        return tr("%1: the secret key is missing").arg(who);
    case State::Locked:
        return tr("%1: the keychain is locked or unavailable").arg(who);
    case State::Ready:
        break;
    }
    if (row.code.isEmpty()) {
        return row.params.timeBased() ? who : tr("%1: press Enter for a code").arg(who);
    }
    if (!row.params.timeBased()) {
        return tr("%1: code %2").arg(who, groupCode(row.code));
    }
    return tr("%1: code %2, %n second(s) left", nullptr, row.secondsLeft).arg(who, groupCode(row.code));
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {IssuerRole, "issuer"},
                  {NameRole, "name"},
                  {CodeRole, "code"},
                  {GroupedCodeRole, "groupedCode"},
                  {NextCodeRole, "nextCode"},
                  {SecondsLeftRole, "secondsLeft"},
                  {PeriodRole, "period"},
                  {TypeRole, "type"},
                  {StateRole, "state"},
                  {ApprovalRole, "approval"},
                  {DigitsRole, "digits"},
                  {ApprovalStateRole, "approvalState"},
                  {ApprovalTextRole, "approvalText"}});
    return names;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return m_store->readOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled; // drop between rows
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_store->readOnly()) {
        f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

Qt::DropActions AccountListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AccountListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList AccountListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* AccountListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), indexes.first().data(IdRole).toString().toUtf8());
    return data;
}

bool AccountListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent)
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data || parent.isValid() || m_store->readOnly()) {
        return false;
    }
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(kMimeType)));
    const QModelIndex from = indexOfId(id);
    if (!from.isValid()) {
        return false;
    }
    // `row` is the gap the item was dropped into (-1: after the last row); the store wants the
    // position in the list once the item has left its old place.
    int to = row < 0 ? rowCount() - 1 : (row > from.row() ? row - 1 : row);
    to = std::clamp(to, 0, std::max(0, rowCount() - 1));
    if (to == from.row()) {
        return false;
    }
    m_store->move(id, to, [](const StoreResult&) {}); // the list follows accountsChanged()
    return true;
}

QModelIndex AccountListModel::indexOfId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return index(i);
        }
    }
    return {};
}

AccountListModel::State AccountListModel::stateOf(const QString& id) const
{
    switch (m_store->secretState(id)) {
    case SecretState::Loaded:
        return State::Ready;
    case SecretState::Missing:
        return State::SecretMissing;
    case SecretState::Denied:
    case SecretState::KeychainUnavailable:
    case SecretState::Failed:
        return State::Locked;
    case SecretState::NotRequested:
    case SecretState::Loading:
        break;
    }
    return State::Loading;
}

bool AccountListModel::updateCodes(Row& row) const
{
    const Row before = row;
    row.state = stateOf(row.id);
    if (row.state != State::Ready) {
        row.code.clear();
        row.nextCode.clear();
        row.secondsLeft = 0;
        row.step = std::numeric_limits<qint64>::min();
    } else if (!row.params.timeBased()) {
        row.code = m_hotpCodes.value(row.id);
    } else {
        const qint64 step = otp::timeStep(row.params, m_now);
        if (step != row.step || row.code.isEmpty()) {
            row.code = fromResult(m_store->code(row.id, m_now));
            row.nextCode.clear();
            row.step = step;
        }
        row.secondsLeft = static_cast<int>(otp::secondsLeft(row.params, m_now));
        if (row.secondsLeft > kNextCodeSeconds) {
            row.nextCode.clear();
        } else if (row.nextCode.isEmpty()) {
            row.nextCode = fromResult(m_store->nextCode(row.id, m_now));
        }
    }
    return !row.sameView(before);
}

bool AccountListModel::updateMeta(Row& row, const Account& account) const
{
    const bool changed = row.issuer != account.issuer || row.name != account.name || row.params != account.params;
    if (row.params != account.params) {
        row.step = std::numeric_limits<qint64>::min(); // recompute the code with the new parameters
    }
    row.issuer = account.issuer;
    row.name = account.name;
    row.params = account.params;
    return changed;
}

void AccountListModel::updateRow(int i)
{
    if (updateCodes(m_rows[i])) {
        const QModelIndex at = index(i);
        Q_EMIT dataChanged(at, at, kCodeRoles);
    }
}

void AccountListModel::tick(qint64 unixTime)
{
    m_now = unixTime;
    for (int i = 0; i < m_rows.size(); ++i) {
        updateRow(i);
    }
}

void AccountListModel::showHotpCode(const QString& id, const QString& code)
{
    m_hotpCodes.insert(id, code);
    const QModelIndex at = indexOfId(id);
    if (at.isValid()) {
        updateRow(at.row());
    }
}

void AccountListModel::onSecretChanged(const QString& id)
{
    const QModelIndex at = indexOfId(id);
    if (at.isValid()) {
        updateRow(at.row());
    }
}

int AccountListModel::count(State state) const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [state](const Row& row) { return row.state == state; }));
}

void AccountListModel::refresh()
{
    const QList<const Account*> wanted = ordered(m_store->accounts());
    QSet<QString> wantedIds;
    for (const Account* account : wanted) {
        wantedIds.insert(account->id);
    }
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (!wantedIds.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const Account& account = *wanted.at(i);
        const QModelIndex existing = indexOfId(account.id);
        if (!existing.isValid()) {
            Row row;
            row.id = account.id;
            (void)updateMeta(row, account);
            (void)updateCodes(row);
            beginInsertRows({}, i, i);
            m_rows.insert(i, std::move(row));
            endInsertRows();
            continue;
        }
        if (existing.row() != i) { // existing.row() > i: rows before i already match
            beginMoveRows({}, existing.row(), existing.row(), {}, i);
            m_rows.move(existing.row(), i);
            endMoveRows();
        }
        if (updateMeta(m_rows[i], account)) {
            (void)updateCodes(m_rows[i]);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    for (auto it = m_hotpCodes.begin(); it != m_hotpCodes.end();) {
        it = wantedIds.contains(it.key()) ? std::next(it) : m_hotpCodes.erase(it);
    }
}

} // namespace sandi
