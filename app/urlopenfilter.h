#pragma once
// macOS hands a clicked otpauth:// link (Info.plist CFBundleURLTypes) to the running Sandi as a
// URL-open event (QFileOpenEvent), not as a command-line argument. This filter, installed on the
// application, turns such events into urlOpened(), which main.cpp sends the way arguments go.

#include <QObject>
#include <QString>

namespace sandi {

class UrlOpenFilter : public QObject
{
    Q_OBJECT
public:
    explicit UrlOpenFilter(QObject* parent = nullptr);

Q_SIGNALS:
    // An otpauth:// or otpauth-migration:// link the system asked Sandi to open.
    void urlOpened(const QString& url);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace sandi
