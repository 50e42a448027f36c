#pragma once
// The cameras to choose from, for the camera dialog's picker: the system's default camera first,
// then the others in the order the system lists them. Two cameras with the same name (two
// identical USB webcams) are told apart by a number.

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QString>

namespace sandi {

class CameraListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QByteArray: QCameraDevice::id()
        IsDefaultRole,             // bool
    };
    Q_ENUM(Role)

    struct Camera
    {
        QByteArray id;
        QString description; // as the system names it, e.g. "Integrated Camera: Integrated C"
        bool isDefault = false;
    };

    explicit CameraListModel(QObject* parent = nullptr);

    // Replaces the list (a model reset); the default camera moves to the front.
    void setCameras(QList<Camera> cameras);
    // QMediaDevices::videoInputs(), marked with QMediaDevices::defaultVideoInput().
    [[nodiscard]] static QList<Camera> systemCameras();

    // The row of the camera with `id`, or -1.
    [[nodiscard]] int rowOf(const QByteArray& id) const;
    [[nodiscard]] QByteArray idAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Camera> m_cameras;
    QList<QString> m_names; // what DisplayRole shows: the description, numbered if it repeats
};

} // namespace sandi
