#pragma once
// The account list as the window shows it: one row per account, with its current code, the next
// code and the countdown. Driven by a Ticker; a tick only emits dataChanged for rows whose visible
// values changed, so unchanged rows are not repainted. Follows the store: rows are inserted,
// removed and moved (not reset) when the store's list changes, so the view keeps its selection.

#include "app/store/accountstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <limits>

namespace sandi {

class ApprovalService;
enum class ApprovalState;

class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        IssuerRole,        // QString
        NameRole,          // QString (the account / user ID)
        CodeRole,          // QString, ungrouped ("123456"); empty while the secret is loading or missing
        GroupedCodeRole,   // QString, grouped for reading ("123 456", "1234 5678", Steam unchanged)
        NextCodeRole,      // QString grouped; only set during the last kNextCodeSeconds of a period
        SecondsLeftRole,   // int (0 for HOTP and while no code is shown)
        PeriodRole,        // int (0 for HOTP)
        TypeRole,          // int (otp::Type)
        StateRole,         // int (State)
        ApprovalRole,      // bool: login approval active for this account (approval issue)
        DigitsRole,        // int
        ApprovalStateRole, // int (ApprovalState); None without an approval service
        ApprovalTextRole,  // QString: the approval state in words, empty for None
    };
    Q_ENUM(Role)

    enum class State
    {
        Loading,       // waiting for the keychain
        Ready,         // code available (HOTP: available on request)
        SecretMissing, // keychain has no item for this account
        Locked,        // keychain refused or unavailable
    };
    Q_ENUM(State)

    static constexpr int kNextCodeSeconds = 5;
    static constexpr int kWarningSeconds = 5; // the countdown turns red
    static constexpr const char* kMimeType = "application/x-sandi-account-id";

    // `store` outlives the model. The model starts empty and fills itself from the store's signals.
    explicit AccountListModel(AccountStore* store, QObject* parent = nullptr);
    ~AccountListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // Recomputes codes for `unixTime` (the corrected clock, later) and emits dataChanged for the
    // rows whose code, next code or countdown changed.
    void tick(qint64 unixTime);
    [[nodiscard]] qint64 lastTick() const { return m_now; }

    // Rows whose secret is in `state`.
    [[nodiscard]] int count(State state) const;

    // Re-reads the store's list: inserts, removes and moves rows to match it.
    void refresh();

    // HOTP: the code AccountStore::advanceHotp() returned, shown until the next one.
    void showHotpCode(const QString& id, const QString& code);

    [[nodiscard]] QModelIndex indexOfId(const QString& id) const;

    // Login approval: each row's state comes from `service` (outlives the model), and rows follow
    // its stateChanged(). Without one every row is ApprovalState::None.
    void setApprovalService(ApprovalService* service);

private:
    struct Row;
    void onSecretChanged(const QString& id);
    [[nodiscard]] State stateOf(const QString& id) const;
    [[nodiscard]] bool updateCodes(Row& row) const;
    [[nodiscard]] bool updateMeta(Row& row, const Account& account) const;
    void updateRow(int row);
    [[nodiscard]] static QString displayName(const Row& row);
    [[nodiscard]] static QString accessibleText(const Row& row);
    [[nodiscard]] int approvalState(const QString& id) const;
    [[nodiscard]] QString approvalText(const QString& id) const;
    [[nodiscard]] QString approvalText(ApprovalState state, const QString& id) const;
    [[nodiscard]] QString withApproval(const QString& accessible, const QString& id) const;
    void onApprovalStateChanged(const QString& id);
    void forgetApprovalStates();

    AccountStore* m_store;
    QList<Row> m_rows;
    QHash<QString, QString> m_hotpCodes; // id → last code shown for an HOTP account
    qint64 m_now = 0;
    ApprovalService* m_approval = nullptr;
    // Each account's approval state and sentence as last read from the service: asking it means
    // reading the stored record (JSON and the acceptor's key), and the view asks for every row's
    // size each time it places or paints one. Dropped on stateChanged() and accountsChanged().
    struct ApprovalView
    {
        int state = 0;
        QString text;
    };
    mutable QHash<QString, ApprovalView> m_approvalViews;
    [[nodiscard]] const ApprovalView& approvalView(const QString& id) const;
};

// Groups a code for reading in groups of three or four digits: "123 456", "123 4567", "1234 5678",
// "123 456 789", "123 456 7890". Steam codes (letters) and anything else are unchanged.
[[nodiscard]] QString groupCode(const QString& code);

} // namespace sandi
