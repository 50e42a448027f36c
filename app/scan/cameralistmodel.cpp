#include "app/scan/cameralistmodel.h"

#include <QCameraDevice>
#include <QHash>
#include <QMediaDevices>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

CameraListModel::CameraListModel(QObject* parent) : QAbstractListModel(parent) {}

void CameraListModel::setCameras(QList<Camera> cameras)
{
    std::stable_partition(cameras.begin(), cameras.end(), [](const Camera& camera) { return camera.isDefault; });
    QHash<QString, int> total;
    for (const Camera& camera : cameras) {
        ++total[camera.description];
    }
    QHash<QString, int> seen;
    QList<QString> names;
    for (const Camera& camera : cameras) {
        const QString name = camera.description.isEmpty() ? tr("Camera") : camera.description;
        names.append(total.value(camera.description) > 1
                         ? tr("%1 (%2)", "a camera's name and its number among cameras of that name")
                               .arg(name)
                               .arg(++seen[camera.description])
                         : name);
    }
    beginResetModel();
    m_cameras = std::move(cameras);
    m_names = std::move(names);
    endResetModel();
}

QList<CameraListModel::Camera> CameraListModel::systemCameras()
{
    const QCameraDevice defaultCamera = QMediaDevices::defaultVideoInput();
    QList<Camera> cameras;
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        cameras.append({device.id(), device.description(), device.id() == defaultCamera.id()});
    }
    return cameras;
}

int CameraListModel::rowOf(const QByteArray& id) const
{
    for (qsizetype row = 0; row < m_cameras.size(); ++row) {
        if (m_cameras[row].id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

QByteArray CameraListModel::idAt(int row) const
{
    return row >= 0 && row < m_cameras.size() ? m_cameras[row].id : QByteArray();
}

int CameraListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cameras.size());
}

QVariant CameraListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Camera& camera = m_cameras[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_names[index.row()];
    case IdRole:
        return camera.id;
    case IsDefaultRole:
        return camera.isDefault;
    default:
        return {};
    }
}

QHash<int, QByteArray> CameraListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "cameraId");
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

} // namespace sandi
