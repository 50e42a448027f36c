#pragma once
// Help → About Sandi: the version, what Sandi is for, and the libraries it runs with.

#include <QDialog>

namespace sandi {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace sandi
