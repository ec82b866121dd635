#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace recdesk::gui {

// A calm strip at the top of the window while the app runs on its built-in sandbox: says that
// the data is made up and offers to add a real profile.
class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QString text() const;
    QPushButton *addProfileButton() const { return m_addProfile; }

signals:
    void addProfileRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text = nullptr;
    QPushButton *m_addProfile = nullptr;
};

} // namespace recdesk::gui
